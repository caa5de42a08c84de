import type { Metadata } from 'next';
import { CreateUserForm } from '@/components/editor/create-user-form';
import { ApiTokenTable } from '@/components/admin/api-token-table';
import { changeUserAction } from '@/lib/actions/users';
import { requirePermission } from '@/lib/auth';
import { canManageUsers } from '@/lib/auth/permissions';
import { db } from '@/lib/db';
import { formatDateTime } from '@/lib/i18n/format';
import type { MessageKey } from '@/lib/i18n/messages';
import { localeAndTranslator } from '@/lib/i18n/server';

export async function generateMetadata({ params }: PageProps<'/[lang]/admin'>): Promise<Metadata> {
  const { t } = await localeAndTranslator(params);
  return { title: t('admin.users.title'), robots: { index: false } };
}

const ERROR_KEYS = [
  'admin.errors.forbidden',
  'admin.errors.unavailable',
  'admin.errors.email',
  'admin.errors.emailTaken',
  'admin.errors.name',
  'admin.errors.role',
  'admin.errors.password.tooShort',
  'admin.errors.password.tooLong',
  'admin.errors.password.common',
  'admin.errors.invalid',
] as const satisfies readonly MessageKey[];

export default async function AdminUsersPage({ params }: PageProps<'/[lang]/admin'>) {
  const { locale, t } = await localeAndTranslator(params);
  // The layout checks too, but a page must never rely on a layout for access.
  const me = await requirePermission(canManageUsers, locale, `/${locale}/admin`);
  const users = await db.user.findMany({
    orderBy: { id: 'asc' },
    select: { id: true, email: true, name: true, role: true, disabled: true, lastLoginAt: true },
  });
  const button = (userId: number, change: string, label: string) => (
    <form action={changeUserAction} className="admin__inline-form">
      <input type="hidden" name="userId" value={userId} />
      <input type="hidden" name="change" value={change} />
      <button type="submit" className="editor-button editor-button--small">
        {label}
      </button>
    </form>
  );
  return (
    <section aria-labelledby="admin-users-title">
      <h1 id="admin-users-title">{t('admin.users.title')}</h1>
      <p>{t('admin.users.intro')}</p>
      <div className="table-scroll">
        <table className="data-table" data-testid="users">
          <thead>
            <tr>
              <th scope="col">{t('admin.users.email')}</th>
              <th scope="col">{t('admin.users.name')}</th>
              <th scope="col">{t('admin.users.role')}</th>
              <th scope="col">{t('admin.users.state')}</th>
              <th scope="col">{t('admin.users.lastLogin')}</th>
              <th scope="col">{t('admin.users.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {users.map((user) => (
              <tr key={user.id}>
                <td>{user.email}</td>
                <td>
                  {user.name} {user.id === me.id ? t('admin.users.you') : null}
                </td>
                <td>{user.role === 'ADMIN' ? t('admin.users.adminRole') : t('admin.users.editor')}</td>
                <td>{user.disabled ? t('admin.users.disabled') : t('admin.users.active')}</td>
                <td>{formatDateTime(user.lastLoginAt, locale)}</td>
                <td className="admin__actions">
                  {user.id === me.id ? null : (
                    <>
                      {user.disabled
                        ? button(user.id, 'enable', t('admin.users.enable'))
                        : button(user.id, 'disable', t('admin.users.disable'))}
                      {user.role === 'ADMIN'
                        ? button(user.id, 'make-editor', t('admin.users.makeEditor'))
                        : button(user.id, 'make-admin', t('admin.users.makeAdmin'))}
                    </>
                  )}
                  {button(user.id, 'sign-out', t('admin.users.signOut'))}
                  {button(user.id, 'sign-out-and-revoke-tokens', t('admin.users.signOutAndRevoke'))}
                  {button(user.id, 'unlock', t('admin.users.unlock'))}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <ApiTokenTable locale={locale} t={t} />
      <CreateUserForm
        labels={{
          title: t('admin.users.create'),
          email: t('admin.users.email'),
          name: t('admin.users.name'),
          role: t('admin.users.role'),
          editor: t('admin.users.editor'),
          admin: t('admin.users.adminRole'),
          password: t('admin.users.password'),
          passwordHint: t('admin.users.passwordHint'),
          submit: t('admin.users.submit'),
          created: t('admin.users.created'),
          errors: Object.fromEntries(ERROR_KEYS.map((key) => [key, t(key)])),
        }}
      />
    </section>
  );
}
