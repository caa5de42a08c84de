// Publishing status definitions: an admin's new version is what the public reads and what later
// assessments are stamped with; an editor is refused, a stale form conflicts, bad text is named.
process.env.NEXTAUTH_SECRET ??= 'integration-secret-not-for-production-0123456789';
import { beforeAll, describe, expect, it, vi } from 'vitest';

vi.mock('next/headers', async () => (await import('../support/next-request-mocks')).nextHeaders);
vi.mock('next/cache', async () => (await import('../support/next-request-mocks')).nextCache);

import { sessionJar as jar } from '../support/next-request-mocks';

import { publishMethodologyAction, type MethodologyFormState } from '@/lib/actions/methodology';
import type { Actor } from '@/lib/auth';
import { updateCommitmentStatus } from '@/lib/commitments/update-status';
import { db } from '@/lib/db';
import { initialStatusDefinitions, type StatusDefinitions } from '@/lib/domain/methodology';
import { STATUSES } from '@/lib/domain/status';
import { publishMethodology } from '@/lib/methodology/publish';
import {
  getCurrentMethodology,
  getMethodologyVersion,
  listMethodologyVersions,
} from '@/lib/queries/methodology';
import { makeUser, sessionTokenFor } from '../support/auth-fixtures';

const SLUG = 'english-second-language-2035';
const idle: MethodologyFormState = { kind: 'idle', attempt: 0 };
let adminCookie = '';
let editorCookie = '';
let adminActor: Actor;

beforeAll(async () => {
  const admin = await makeUser(db, { role: 'ADMIN' });
  adminActor = {
    kind: 'user',
    user: { id: admin.id, email: admin.email, name: admin.name, role: admin.role },
  };
  adminCookie = (await sessionTokenFor(db, admin)).token;
  editorCookie = (await sessionTokenFor(db, await makeUser(db, { role: 'EDITOR' }))).token;
});

function definitionsWith(
  changes: Partial<Record<string, Partial<Record<'en' | 'vi', string>>>>,
): StatusDefinitions {
  const base = initialStatusDefinitions();
  for (const [status, text] of Object.entries(changes))
    Object.assign(base[status as keyof StatusDefinitions], text);
  return base;
}

function publishForm(
  basedOn: number | string,
  definitions: StatusDefinitions,
  notes: { en?: string; vi?: string } = {},
) {
  const form = new FormData();
  form.set('basedOn', String(basedOn));
  for (const status of STATUSES) {
    form.set(`definitions.${status}.en`, definitions[status].en);
    form.set(`definitions.${status}.vi`, definitions[status].vi);
  }
  form.set('noteEn', notes.en ?? '');
  form.set('noteVi', notes.vi ?? '');
  return form;
}

const versionCount = () => db.methodologyVersion.count();
const dataVersion = async () =>
  (await db.dataVersion.findUnique({ where: { scope: 'public' } }))?.version ?? 0;
const lastAudit = () => db.auditEvent.findFirstOrThrow({ orderBy: { id: 'desc' } });

const AT_RISK_V2 = {
  en: 'Under way, but on the evidence likely to miss its target or its deadline.',
  vi: 'Đang triển khai nhưng theo bằng chứng có khả năng không đạt mục tiêu hoặc thời hạn.',
};

describe('publishing status definitions', () => {
  it('starts from the seeded version 1, worded as the catalogs', async () => {
    const current = await getCurrentMethodology();
    expect(current.version).toBe(1);
    expect(current.definitions).toEqual(initialStatusDefinitions());
  });

  it('an admin publishes version 2: the public reads it and later assessments carry it', async () => {
    jar.cookie = adminCookie;
    const before = await dataVersion();
    const state = await publishMethodologyAction(
      idle,
      publishForm(1, definitionsWith({ AT_RISK: AT_RISK_V2 }), {
        en: 'At risk now asks for evidence.',
        vi: 'Có nguy cơ nay cần bằng chứng.',
      }),
    );
    expect(state).toMatchObject({ kind: 'ok', version: 2 });
    expect(await dataVersion()).toBeGreaterThan(before);
    expect(await lastAudit()).toMatchObject({
      action: 'methodology.publish',
      outcome: 'OK',
      targetType: 'methodology',
      targetId: '2',
    });

    const current = await getCurrentMethodology();
    expect(current).toMatchObject({ version: 2, noteEn: 'At risk now asks for evidence.' });
    expect(current.definitions.AT_RISK).toEqual(AT_RISK_V2);
    expect(current.definitions.ACHIEVED).toEqual(initialStatusDefinitions().ACHIEVED);
    expect((await getMethodologyVersion(1))?.definitions.AT_RISK).toEqual(initialStatusDefinitions().AT_RISK);
    expect((await getMethodologyVersion(2))?.definitions.AT_RISK).toEqual(AT_RISK_V2);
    expect(await getMethodologyVersion(3)).toBeNull();
    expect((await listMethodologyVersions()).map((entry) => entry.version)).toEqual([2, 1]);
    const row = await db.methodologyVersion.findUniqueOrThrow({ where: { version: 2 } });
    expect(row.createdById).not.toBeNull();

    const commitment = await db.commitment.findUniqueOrThrow({ where: { slug: SLUG } });
    const result = await updateCommitmentStatus.run(
      {
        slug: SLUG,
        status: 'AT_RISK',
        progress: 20,
        reason: 'After the new definitions',
        version: commitment.version,
      },
      { actor: adminActor, ip: null, via: 'api' },
    );
    expect(result.kind).toBe('ok');
    const update = await db.statusUpdate.findFirstOrThrow({
      where: { commitmentId: commitment.id },
      orderBy: { id: 'desc' },
    });
    expect(update.reason).toBe('After the new definitions');
    expect(update.methodologyVersion).toBe(2);
  });

  it('refuses an editor: audited DENIED, nothing written', async () => {
    jar.cookie = editorCookie;
    const [count, before] = [await versionCount(), await dataVersion()];
    const state = await publishMethodologyAction(
      idle,
      publishForm(2, definitionsWith({ STALLED: { en: 'An editor would like this wording.' } })),
    );
    expect(state).toMatchObject({ kind: 'forbidden' });
    expect(await versionCount()).toBe(count);
    expect(await dataVersion()).toBe(before);
    expect(await lastAudit()).toMatchObject({ action: 'methodology.publish', outcome: 'DENIED' });
  });

  it('refuses a visitor without a session', async () => {
    jar.cookie = undefined;
    const count = await versionCount();
    const state = await publishMethodologyAction(
      idle,
      publishForm(2, definitionsWith({ STALLED: { en: 'x' } })),
    );
    expect(state).toMatchObject({ kind: 'unauthenticated' });
    expect(await versionCount()).toBe(count);
  });

  it('a form started from an older version conflicts and shows the version that won', async () => {
    jar.cookie = adminCookie;
    const [count, before] = [await versionCount(), await dataVersion()];
    const mine = definitionsWith({ STALLED: { en: 'Started, but nothing has moved for six months.' } });
    const state = await publishMethodologyAction(idle, publishForm(1, mine));
    expect(state.kind).toBe('conflict');
    if (state.kind !== 'conflict') return;
    expect(state.current.version).toBe(2);
    expect(state.current.definitions.AT_RISK).toEqual(AT_RISK_V2);
    expect(state.values.definitions.STALLED.en).toBe('Started, but nothing has moved for six months.');
    expect(await versionCount()).toBe(count);
    expect(await dataVersion()).toBe(before);
    expect(await lastAudit()).toMatchObject({ action: 'methodology.publish', outcome: 'CONFLICT' });
  });

  it('of two admins publishing on the same version at once, exactly one wins', async () => {
    const count = await versionCount();
    const results = await Promise.all(
      ['first', 'second'].map((who) =>
        publishMethodology.run(
          {
            basedOn: '2',
            definitions: definitionsWith({
              AT_RISK: AT_RISK_V2,
              STALLED: { en: `Stalled, as the ${who} admin words it.` },
            }),
            noteEn: '',
            noteVi: '',
          },
          { actor: adminActor, ip: null, via: 'api' },
        ),
      ),
    );
    expect(results.map((result) => result.kind).sort()).toEqual(['conflict', 'ok']);
    expect(await versionCount()).toBe(count + 1);
    expect((await getCurrentMethodology()).version).toBe(3);
  });

  const invalidCases: { name: string; status: string; locale: 'en' | 'vi'; text: string; error: string }[] = [
    {
      name: 'an empty definition',
      status: 'NOT_STARTED',
      locale: 'en',
      text: '   ',
      error: 'definitionRequired',
    },
    { name: 'markup', status: 'AT_RISK', locale: 'vi', text: 'Có <b>nguy cơ</b>', error: 'markup' },
    {
      name: 'a control character',
      status: 'ACHIEVED',
      locale: 'en',
      text: 'Done\u0007',
      error: 'controlCharacters',
    },
    {
      name: 'over 1,000 characters',
      status: 'DISCONTINUED',
      locale: 'vi',
      text: 'x'.repeat(1001),
      error: 'definitionTooLong',
    },
  ];
  for (const testCase of invalidCases) {
    it(`names the field for ${testCase.name}, and writes nothing`, async () => {
      jar.cookie = adminCookie;
      const [count, before] = [await versionCount(), await dataVersion()];
      const definitions = definitionsWith({ [testCase.status]: { [testCase.locale]: testCase.text } });
      const state = await publishMethodologyAction(idle, publishForm(3, definitions));
      expect(state.kind).toBe('invalid');
      if (state.kind !== 'invalid') return;
      const field = `definitions.${testCase.status}.${testCase.locale}`;
      expect(state.errors).toEqual({ [field]: `methodology.errors.${testCase.error}` });
      expect(state.values.definitions[testCase.status as keyof StatusDefinitions][testCase.locale]).toBe(
        testCase.text,
      );
      expect(await versionCount()).toBe(count);
      expect(await dataVersion()).toBe(before);
      expect(await lastAudit()).toMatchObject({ action: 'methodology.publish', outcome: 'INVALID' });
    });
  }

  it('names a note that is too long', async () => {
    jar.cookie = adminCookie;
    const current = await getCurrentMethodology();
    const state = await publishMethodologyAction(
      idle,
      publishForm(current.version, definitionsWith({ STALLED: { en: 'Yet another wording.' } }), {
        vi: 'y'.repeat(501),
      }),
    );
    expect(state).toMatchObject({ kind: 'invalid', errors: { noteVi: 'methodology.errors.noteTooLong' } });
  });

  it('publishing the same definitions again is "nothing changed", not a new version', async () => {
    jar.cookie = adminCookie;
    const current = await getCurrentMethodology();
    const count = await versionCount();
    const state = await publishMethodologyAction(
      idle,
      publishForm(current.version, current.definitions, { en: 'Only a note' }),
    );
    expect(state).toMatchObject({ kind: 'invalid', errors: { form: 'methodology.errors.unchanged' } });
    expect(await versionCount()).toBe(count);
  });
});
