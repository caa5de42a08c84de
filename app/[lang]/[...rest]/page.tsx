import { notFound } from 'next/navigation';

// Any unknown path under a locale gets the localized 404 page.
export default function UnknownPage() {
  notFound();
}
