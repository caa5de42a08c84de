// The tracker at a past date: the banner, the date picker, snapshots.
export const time = {
  banner: {
    viewing: 'Viewing {date}',
    viewingSnapshot: 'Viewing the snapshot “{name}”, as recorded on {date}',
    back: 'back to today',
    note: 'Each verdict shown is the one valid on that day, as now known.',
    snapshotNote: 'Only what was recorded when the snapshot was taken counts; later edits do not change it.',
  },
  picker: {
    label: 'View the tracker on a past date',
    submit: 'Show',
    hint: 'From 1 Jan 2000 to today.',
  },
  errors: {
    title: 'This date could not be used, so today’s figures are shown:',
  },
  snapshots: {
    title: 'Snapshots',
    nav: 'Snapshots',
    intro:
      'A snapshot freezes the tracker as it was recorded at one moment. Its pages, charts and downloads never change afterwards, even when later assessments are back-dated, so a figure quoted in a briefing can always be checked.',
    empty: 'No snapshot has been taken yet.',
    name: 'Name',
    taken: 'Taken',
    asOf: 'As of',
    by: 'By',
    adminTitle: 'Take a snapshot',
    adminIntro: 'Freezes what has been recorded until now, under a name readers will see.',
    create: 'Take snapshot',
    created: 'Snapshot “{name}” taken:',
    errors: {
      forbidden: 'Only signed-in admins may take snapshots.',
      invalid: 'The snapshot could not be taken.',
      nameRequired: 'Give the snapshot a name.',
      nameTooLong: 'The name may have at most 120 characters.',
      namePlain: 'The name must be plain text.',
      taken: 'A snapshot with this name was just taken; choose another name.',
    },
  },
} as const;
