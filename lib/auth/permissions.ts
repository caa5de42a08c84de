// Every permission the app checks, by name. Pages, actions and route handlers ask for one of these
// (never for a role string), so who may do what is read and tested in one place.
import type { Role } from '../generated/prisma/enums';

export interface Permission {
  /** Shown in audit details when refused. */
  readonly name: string;
  allows(user: { role: Role }): boolean;
}

const EDITORS: readonly Role[] = ['EDITOR', 'ADMIN'];
const ADMINS: readonly Role[] = ['ADMIN'];

function permission(name: string, roles: readonly Role[]): Permission {
  return { name, allows: (user) => roles.includes(user.role) };
}

/** Record a status verdict (form or API). */
export const canUpdateStatus = permission('update-status', EDITORS);
/** Add, edit, complete and remove a commitment's milestones. */
export const canEditMilestones = permission('edit-milestones', EDITORS);
/** Create, edit and archive commitments and their citations. */
export const canEditContent = permission('edit-content', ADMINS);
/** Create accounts, change roles, disable and sign users out. */
export const canManageUsers = permission('manage-users', ADMINS);
/** Register and remove webhooks, and read their delivery logs. */
export const canManageWebhooks = permission('manage-webhooks', ADMINS);
/** Read the audit log. */
export const canReadAudit = permission('read-audit', ADMINS);
/** Open the admin area at all (each admin page and action still checks its own permission). */
export const canOpenAdmin = permission('open-admin', ADMINS);
/** End one's own session (any signed-in account, whatever its role). */
export const canSignOut = permission('sign-out', EDITORS);
