// GET /api/export/briefing.pdf?<filters>[&asOf|&snapshot][&since=<date|snapshot>]&lang=en|vi — the
// /report briefing as an A4 PDF generated on the server (lib/report/briefing-pdf.ts).
import type { NextRequest } from 'next/server';
import { answeringUnavailable } from '@/lib/api/read-route';
import { cachedPublicRead } from '@/lib/cache/public-cache';
import { jsonError } from '@/lib/export/http';
import { contentDisposition, fileNamePart } from '@/lib/export/request';
import { createTranslator } from '@/lib/i18n/messages';
import { renderBriefingPdf } from '@/lib/report/briefing-pdf';
import { loadBriefing } from '@/lib/report/briefing-request';

async function read(request: NextRequest) {
  const params = request.nextUrl.searchParams;
  const locale = params.get('lang') === 'vi' ? 'vi' : 'en';
  const t = createTranslator(locale);
  // Rendering charts to PNG and laying out pages is the cost: keep the file per query and data version.
  const built = await cachedPublicRead(`briefing:pdf:${request.nextUrl.search}`, async () => {
    const loaded = await loadBriefing(params, locale);
    if (loaded.errors.length > 0) return { ok: false as const, errors: loaded.errors };
    const pdf = await renderBriefingPdf({
      locale,
      title: t('export.report.title'),
      scope: `${t('export.report.scope')}: ${loaded.scope}`,
      briefing: loaded.briefing,
      methodologyVersion: loaded.methodology.version,
      sections: loaded.sections.map((section) => ({
        title: section.title,
        charts: section.charts.map((chart) => chart.chart),
      })),
    });
    const scope = [loaded.filters.agreement, loaded.filters.pillar].filter(Boolean).join('-') || 'all';
    return {
      ok: true as const,
      pdf: new Uint8Array(pdf),
      fileBase: `briefing_${fileNamePart(scope)}_${loaded.briefing.day}`,
    };
  });
  if (!built.ok) {
    const [first] = built.errors;
    return jsonError(
      400,
      t('export.api.badParameter', { param: first!.param, message: first!.message }),
      built.errors,
    );
  }
  return new Response(built.pdf as BodyInit, {
    headers: {
      'Content-Type': 'application/pdf',
      'Content-Disposition': contentDisposition('attachment', `${built.fileBase}.pdf`),
      'Cache-Control': 'no-store',
    },
  });
}

export const GET = answeringUnavailable(read);
