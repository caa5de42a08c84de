'use client';
import { useRef, useState } from 'react';
import { FormField } from '@/components/ui/form-field';
import type { EvidenceRowValues } from '@/lib/actions/status-update';
import type { Locale } from '@/lib/i18n/config';
import { fillTemplate } from '@/lib/i18n/template';
import type { EvidenceLabels } from './status-form-labels';

const MAX_ROWS = 10;
const EMPTY_ROW: EvidenceRowValues = {
  title: '',
  publisher: '',
  publishedOn: '',
  url: '',
  quote: '',
  fileId: '',
};

function sizeText(bytes: number, locale: Locale): string {
  const format = (value: number, unit: string) =>
    `${new Intl.NumberFormat(locale === 'vi' ? 'vi-VN' : 'en-GB', { maximumFractionDigits: 1 }).format(value)} ${unit}`;
  return bytes >= 1024 * 1024 ? format(bytes / 1024 / 1024, 'MB') : format(bytes / 1024, 'KB');
}

interface RowProps {
  index: number;
  slug: string;
  locale: Locale;
  labels: EvidenceLabels;
  initial: EvidenceRowValues;
  errorOf: (field: string) => string | undefined;
}

/**
 * One document: title, publisher, date, link, quote, and a file that is stored as soon as it is
 * chosen (POST /api/commitments/<slug>/evidence); the form then carries only its id.
 */
function EvidenceRow({ index, slug, locale, labels, initial, errorOf }: RowProps) {
  const [fileId, setFileId] = useState(initial.fileId);
  const [upload, setUpload] = useState<{ tone: 'busy' | 'ok' | 'error'; text: string } | null>(
    initial.fileId ? { tone: 'ok', text: fillTemplate(labels.fileKept, { id: initial.fileId }) } : null,
  );
  const titleRef = useRef<HTMLInputElement>(null);
  const name = (field: string) => `evidence.${index}.${field}`;
  const id = (field: string) => `evidence-${index}-${field}`;

  async function store(file: File | undefined) {
    if (!file) return;
    setUpload({ tone: 'busy', text: labels.uploading });
    const body = new FormData();
    body.set('file', file);
    try {
      const response = await fetch(`/api/commitments/${encodeURIComponent(slug)}/evidence?lang=${locale}`, {
        method: 'POST',
        body,
      });
      const answer = (await response.json()) as {
        id?: number;
        fileName?: string;
        byteSize?: number;
        error?: string;
        fields?: Record<string, string>;
      };
      if (!response.ok || !answer.id)
        throw new Error(answer.fields?.file ?? answer.error ?? String(response.status));
      setFileId(String(answer.id));
      if (titleRef.current && !titleRef.current.value) titleRef.current.value = file.name;
      setUpload({
        tone: 'ok',
        text: fillTemplate(labels.uploaded, {
          name: answer.fileName ?? file.name,
          size: sizeText(answer.byteSize ?? file.size, locale),
        }),
      });
    } catch (error) {
      setFileId('');
      setUpload({
        tone: 'error',
        text: fillTemplate(labels.uploadFailed, { message: (error as Error).message }),
      });
    }
  }

  return (
    <fieldset className="evidence-row" data-testid="evidence-row">
      <legend>{fillTemplate(labels.evidenceItem, { number: index + 1 })}</legend>
      <input type="hidden" name={name('fileId')} value={fileId} />
      <FormField id={id('title')} label={labels.title} error={errorOf('title')}>
        {(control) => (
          <input
            {...control}
            ref={titleRef}
            name={name('title')}
            maxLength={300}
            defaultValue={initial.title}
          />
        )}
      </FormField>
      <FormField id={id('url')} label={labels.url} error={errorOf('url')}>
        {(control) => (
          <input
            {...control}
            name={name('url')}
            type="url"
            inputMode="url"
            maxLength={2000}
            defaultValue={initial.url}
          />
        )}
      </FormField>
      <FormField id={id('file')} label={labels.file} error={errorOf('fileId')}>
        {(control) => (
          <input
            {...control}
            type="file"
            accept=".pdf,.png,.jpg,.jpeg,.docx,.txt,application/pdf,image/png,image/jpeg,text/plain"
            onChange={(event) => void store(event.currentTarget.files?.[0])}
          />
        )}
      </FormField>
      {upload ? (
        <p
          className={`editor-field__${upload.tone === 'error' ? 'error' : 'hint'}`}
          role={upload.tone === 'error' ? 'alert' : 'status'}
          data-testid="evidence-upload"
        >
          {upload.text}
        </p>
      ) : null}
      <FormField id={id('publisher')} label={labels.publisher} error={errorOf('publisher')}>
        {(control) => (
          <input {...control} name={name('publisher')} maxLength={200} defaultValue={initial.publisher} />
        )}
      </FormField>
      <FormField id={id('publishedOn')} label={labels.publishedOn} error={errorOf('publishedOn')}>
        {(control) => (
          <input {...control} name={name('publishedOn')} type="date" defaultValue={initial.publishedOn} />
        )}
      </FormField>
      <FormField id={id('quote')} label={labels.quote} error={errorOf('quote')}>
        {(control) => (
          <textarea
            {...control}
            name={name('quote')}
            rows={2}
            maxLength={5000}
            defaultValue={initial.quote}
          />
        )}
      </FormField>
    </fieldset>
  );
}

export function EvidenceFields({
  slug,
  locale,
  labels,
  initial,
  errorOf,
}: {
  slug: string;
  locale: Locale;
  labels: EvidenceLabels;
  initial: EvidenceRowValues[];
  errorOf: (field: string) => string | undefined;
}) {
  const [rows, setRows] = useState(Math.max(1, initial.length));
  return (
    <fieldset className="evidence-fields">
      <legend>{labels.evidence}</legend>
      <p className="editor-field__hint">{labels.evidenceIntro}</p>
      {Array.from({ length: rows }, (_, index) => (
        <EvidenceRow
          key={index}
          index={index}
          slug={slug}
          locale={locale}
          labels={labels}
          initial={initial[index] ?? EMPTY_ROW}
          errorOf={(field) => errorOf(`evidence.${index}.${field}`)}
        />
      ))}
      {rows < MAX_ROWS ? (
        <button
          type="button"
          className="editor-button editor-button--secondary editor-button--small"
          onClick={() => setRows(rows + 1)}
        >
          {labels.addEvidence}
        </button>
      ) : null}
    </fieldset>
  );
}
