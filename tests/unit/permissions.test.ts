// Who may do what, per role: the table a reviewer reads to know the access rules.
import { describe, expect, it } from 'vitest';
import {
  canEditContent,
  canEditMilestones,
  canManageUsers,
  canManageWebhooks,
  canOpenAdmin,
  canReadAudit,
  canUpdateStatus,
  type Permission,
} from '@/lib/auth/permissions';

const table: [Permission, { EDITOR: boolean; ADMIN: boolean }][] = [
  [canUpdateStatus, { EDITOR: true, ADMIN: true }],
  [canEditMilestones, { EDITOR: true, ADMIN: true }],
  [canEditContent, { EDITOR: false, ADMIN: true }],
  [canManageUsers, { EDITOR: false, ADMIN: true }],
  [canManageWebhooks, { EDITOR: false, ADMIN: true }],
  [canReadAudit, { EDITOR: false, ADMIN: true }],
  [canOpenAdmin, { EDITOR: false, ADMIN: true }],
];

describe('permissions', () => {
  for (const [permission, expected] of table) {
    for (const role of ['EDITOR', 'ADMIN'] as const) {
      it(`${permission.name}: ${role} ${expected[role] ? 'may' : 'may not'}`, () => {
        expect(permission.allows({ role })).toBe(expected[role]);
      });
    }
  }

  it('names every permission uniquely (audit rows say which one refused)', () => {
    const names = table.map(([permission]) => permission.name);
    expect(new Set(names).size).toBe(names.length);
  });
});
