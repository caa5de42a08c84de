// Reproducible synthetic data at scale, for the benchmark and for plan tests (a planner only
// shows its real choices on tables of realistic size). Generated inside Postgres with
// generate_series after setseed(), so 1,000,000 history rows take seconds, not minutes.
import pg from 'pg';

export interface DatasetShape {
  agreements: number;
  commitments: number;
  updatesPerCommitment: number;
  /** Seed for Postgres' random(), in [-1, 1]. */
  seed?: number;
}

export const LARGE_DATASET: DatasetShape = { agreements: 20, commitments: 10_000, updatesPerCommitment: 100 };
export const SMALL_DATASET: DatasetShape = { agreements: 2, commitments: 100, updatesPerCommitment: 100 };

const STATUSES = `ARRAY['NOT_STARTED','IN_PROGRESS','AT_RISK','STALLED','ACHIEVED','DISCONTINUED']::"CommitmentStatus"[]`;
const PARTIES = `ARRAY['VIET_NAM','UK','BOTH','ASEAN','ASEAN_UK']::"ResponsibleParty"[]`;
const KINDS = `ARRAY['NUMERIC_TARGET','MILESTONE','QUALITATIVE']::"CommitmentKind"[]`;
const PILLARS_PER_AGREEMENT = 5;

/** Fills an empty, migrated database. Returns the slug of a commitment with a long history. */
export async function generateSyntheticDataset(databaseUrl: string, shape: DatasetShape): Promise<string> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query('BEGIN');
    await client.query('SELECT setseed($1)', [shape.seed ?? 0.42]);
    await client.query(
      `INSERT INTO "Agreement" (slug, "titleEn", "titleVi", parties, kind, "signedOn", "summaryEn", "summaryVi")
       SELECT 'agreement-' || a, 'Synthetic agreement ' || a, 'Thỏa thuận mẫu ' || a, 'Party A; Party B',
              'JOINT_STATEMENT', DATE '2020-01-01' + (a * 30), 'Generated for benchmarks.', 'Dữ liệu mẫu.'
       FROM generate_series(1, $1) AS a`,
      [shape.agreements],
    );
    await client.query(
      `INSERT INTO "Pillar" ("agreementId", slug, position, "nameEn", "nameVi")
       SELECT ag.id, 'pillar-' || p, p, 'Pillar ' || p, 'Trụ cột ' || p
       FROM "Agreement" ag CROSS JOIN generate_series(0, ${PILLARS_PER_AGREEMENT - 1}) AS p
       WHERE ag.slug LIKE 'agreement-%'`,
    );
    await client.query(
      `INSERT INTO "Source" (slug, title, publisher, language, "fileName", text, "agreementId")
       SELECT 'source-' || ag.slug, 'Source for ' || ag.slug, 'Generated', 'en', 'generated.txt',
              repeat('Background sentence. ', 50) || 'The parties commit to deliver outcome number one. ' || repeat('More text. ', 50),
              ag.id
       FROM "Agreement" ag
       WHERE ag.slug LIKE 'agreement-%'`,
    );
    // Each row's headline columns mirror its last update (independent, described today, recorded
    // last), as the app keeps them: past views read a commitment's row once they see its whole history.
    await client.query(
      `INSERT INTO "Commitment" (slug, "agreementId", "pillarId", "titleEn", "titleVi", "descriptionEn", "descriptionVi",
         "responsibleParty", kind, deadline, status, progress, "headlineAssessor", "headlineAssessedOn", version, "updatedAt")
       SELECT 'commitment-' || c, ag.id, pl.id,
              'Commitment ' || c || ' on cooperation area ' || (c % 97), 'Cam kết ' || c,
              'Synthetic commitment number ' || c || '.', 'Cam kết mẫu số ' || c || '.',
              (${PARTIES})[1 + (c % 5)], (${KINDS})[1 + (c % 3)],
              CASE WHEN c % 4 = 0 THEN NULL ELSE DATE '2025-01-01' + (floor(random() * 4000))::int END,
              (${STATUSES})[1 + floor(random() * 6)::int], floor(random() * 101)::int,
              'INDEPENDENT', CURRENT_DATE, $2,
              now() - (floor(random() * 1000) || ' hours')::interval
       FROM generate_series(1, $1) AS c
       JOIN "Agreement" ag ON ag.slug = 'agreement-' || (1 + (c % $3))
       JOIN "Pillar" pl ON pl."agreementId" = ag.id AND pl.position = (c / $3) % ${PILLARS_PER_AGREEMENT}`,
      [shape.commitments, shape.updatesPerCommitment, shape.agreements],
    );
    await client.query(
      `INSERT INTO "Citation" ("commitmentId", "sourceId", position, quote, "startOffset", "endOffset")
       SELECT c.id, s.id, 0, 'The parties commit to deliver outcome number one.',
              strpos(s.text, 'The parties commit') - 1, strpos(s.text, 'The parties commit') - 1 + 50
       FROM "Commitment" c JOIN "Source" s ON s."agreementId" = c."agreementId"
       WHERE c.slug LIKE 'commitment-%' AND s.slug LIKE 'source-agreement-%'`,
    );
    await client.query(
      `INSERT INTO "StatusUpdate" ("commitmentId", "fromStatus", "toStatus", progress, reason, "evidenceUrl",
         "authorName", version, "createdAt")
       SELECT c.id, CASE WHEN v = 1 THEN NULL ELSE (${STATUSES})[1 + ((c.id + v) % 6)] END,
              CASE WHEN v = $1 THEN c.status ELSE (${STATUSES})[1 + ((c.id + v + 1) % 6)] END,
              CASE WHEN v = $1 THEN c.progress ELSE LEAST(100, v) END, 'Synthetic update ' || v || ' of commitment ' || c.id,
              CASE WHEN v % 3 = 0 THEN 'https://example.org/evidence/' || c.id || '/' || v END,
              'Bench Editor', v, c."updatedAt" - (($1 - v) || ' days')::interval
       FROM "Commitment" c CROSS JOIN generate_series(1, $1) AS v
       WHERE c.slug LIKE 'commitment-%'`,
      [shape.updatesPerCommitment],
    );
    await client.query(
      `INSERT INTO "DataVersion" (scope, version) VALUES ('public', 1), ('history', 1)
       ON CONFLICT (scope) DO UPDATE SET version = "DataVersion".version + 1, "updatedAt" = now()`,
    );
    await client.query('COMMIT');
    await client.query('ANALYZE');
    return 'commitment-1';
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {});
    throw error;
  } finally {
    await client.end();
  }
}
