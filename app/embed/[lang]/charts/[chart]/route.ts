// GET /embed/<lang>/charts/<chart>?<page filters>[&commitment=<slug>]: a chart for other sites'
// iframes — minimal HTML, no script, framable by any site (lib/embed/).
import type { NextRequest } from 'next/server';
import { answeringUnavailable } from '@/lib/api/read-route';
import { chartEmbed } from '@/lib/embed/embeds';

async function read(request: NextRequest, context: RouteContext<'/embed/[lang]/charts/[chart]'>) {
  const { lang, chart } = await context.params;
  return chartEmbed(lang, chart, request.nextUrl.searchParams);
}

export const GET = answeringUnavailable(read);
