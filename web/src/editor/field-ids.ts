/** Element ids of the editor's fields, so error summaries can link to them. */
export const FIELD_IDS = {
  text: 'question-text',
  id: 'question-id',
  category: 'question-category',
  levels: 'question-levels',
  topics: 'question-topics',
  dimensions: 'question-dimensions',
  difficulty: 'question-difficulty',
  minutes: 'question-minutes',
  signals: 'question-signals',
  followUps: 'question-follow-ups',
  guidance: 'question-guidance',
} as const;
