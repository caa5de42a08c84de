// Who is asking and from where, for the two transports: server actions (cookies and headers of
// the current request) and route handlers (the Request itself).
import 'server-only';
import { headers } from 'next/headers';
import { actorFromRequest, currentActor, type Actor } from '../auth';
import { clientIpFrom } from '../auth/client-ip';

export interface MutationContext {
  actor: Actor;
  ip: string | null;
  /** The transport, kept in every audit row; `form` also refreshes the editor's router cache. */
  via: 'form' | 'api' | 'cli';
}

export async function actionContext(): Promise<MutationContext> {
  return { actor: await currentActor(), ip: clientIpFrom(await headers()), via: 'form' };
}

export async function requestContext(request: Request): Promise<MutationContext> {
  return { actor: await actorFromRequest(request), ip: clientIpFrom(request.headers), via: 'api' };
}
