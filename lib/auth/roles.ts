import type { Role } from '../generated/prisma/enums';

export type RoleName = 'editor' | 'admin';

/** Admins can do everything editors can. */
export function hasRole(user: { role: Role }, role: RoleName): boolean {
  return role === 'editor' ? user.role === 'EDITOR' || user.role === 'ADMIN' : user.role === 'ADMIN';
}
