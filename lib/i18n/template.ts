// `{name}` placeholders → values; used by the server translator and by client components, which
// receive already-translated templates and must not import the catalogs.
export function fillTemplate(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (match, name: string) =>
    name in values ? String(values[name]) : match,
  );
}
