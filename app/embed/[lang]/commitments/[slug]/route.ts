// GET /embed/<lang>/commitments/<slug>: one commitment's card for other sites' iframes — minimal
// HTML, no script, framable by any site (lib/embed/).
import type { NextRequest } from 'next/server';
import { answeringUnavailable } from '@/lib/api/read-route';
import { commitmentEmbed } from '@/lib/embed/embeds';

async function read(_request: NextRequest, context: RouteContext<'/embed/[lang]/commitments/[slug]'>) {
  const { lang, slug } = await context.params;
  return commitmentEmbed(lang, slug);
}

export const GET = answeringUnavailable(read);
