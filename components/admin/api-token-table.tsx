import { revokeTokenAction } from '@/lib/actions/users';
import type { Locale } from '@/lib/i18n/config';
import { formatDateTime } from '@/lib/i18n/format';
import type { Translate } from '@/lib/i18n/messages';
import { listApiTokensForAdmin } from '@/lib/queries/admin-users';

/** Every API token: whose, its name, when made, when it expires, last use; revoke the live ones. */
export async function ApiTokenTable({ locale, t }: { locale: Locale; t: Translate }) {
  const tokens = await listApiTokensForAdmin();
  return (
    <section aria-labelledby="admin-tokens-title" className="admin__section">
      <h2 id="admin-tokens-title">{t('admin.users.tokens')}</h2>
      <p>{t('admin.users.tokensIntro')}</p>
      {tokens.length === 0 ? (
        <p className="muted">{t('admin.users.noTokens')}</p>
      ) : (
        <div className="table-scroll">
          <table className="data-table" data-testid="api-tokens">
            <thead>
              <tr>
                <th scope="col">{t('admin.users.tokenUser')}</th>
                <th scope="col">{t('admin.users.tokenName')}</th>
                <th scope="col">{t('admin.users.tokenCreated')}</th>
                <th scope="col">{t('admin.users.tokenExpires')}</th>
                <th scope="col">{t('admin.users.tokenLastUsed')}</th>
                <th scope="col">{t('admin.users.tokenState')}</th>
              </tr>
            </thead>
            <tbody>
              {tokens.map((token) => {
                const { live } = token;
                return (
                  <tr key={token.id}>
                    <td>{token.user.email}</td>
                    <td>{token.name || '—'}</td>
                    <td>{formatDateTime(token.createdAt, locale)}</td>
                    <td>{formatDateTime(token.expiresAt, locale)}</td>
                    <td>{formatDateTime(token.lastUsedAt, locale)}</td>
                    <td>
                      {token.revokedAt
                        ? t('admin.users.tokenRevoked', { date: formatDateTime(token.revokedAt, locale) })
                        : live
                          ? t('admin.users.tokenActive')
                          : t('admin.users.tokenExpired')}
                      {live ? (
                        <form action={revokeTokenAction} className="admin__inline-form">
                          <input type="hidden" name="tokenId" value={token.id} />
                          <button type="submit" className="editor-button editor-button--small">
                            {t('admin.users.tokenRevoke')}
                          </button>
                        </form>
                      ) : null}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
