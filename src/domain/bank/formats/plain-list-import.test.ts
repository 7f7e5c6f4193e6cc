import { describe, expect, it } from 'vitest';
import { needsSignals } from '../../../shared/schemas/question.js';
import { importQuestions } from './formats.js';

/** A question list in the style of community interview-question repositories (written for this test). */
const SAMPLE = `# Backend Engineer Interview Questions

A community list of questions for backend roles. Pull requests welcome!

## Table of Contents

- [Databases](#databases)
- [Caching](#caching)
- [API Design](#api-design)
- [Behavioral](#behavioral)

## Databases

Questions about storage, SQL and schema design.

1. What is a database index and when would it **hurt** performance?
2. Explain the difference between \`INNER JOIN\` and \`LEFT JOIN\`.
3. What is the N+1 query problem? How do you spot it
   in an ORM-heavy codebase?

## Caching

- What are the common cache invalidation strategies?
- How would you handle a cache stampede when a hot key expires?
- What are the common cache invalidation strategies?

\`\`\`bash
- redis-cli --bigkeys is not a question
\`\`\`

## API Design

#### How would you design pagination for an endpoint listing millions of orders?

Consider offset versus cursor pagination, and what a client sees when rows are inserted while it pages.

#### What makes an API endpoint idempotent?

<details><summary>Answer</summary>

- Repeating the call has the same effect as making it once.

</details>

## Behavioral

- Tell me about a time you disagreed with a teammate about a design.
- Describe a time you made a mistake that affected [customers](https://example.com/blog).
- What would you do if you found a security flaw the day before a release?

## Teamwork

- How do you make sure code reviews stay fair to the newest people on the team?

## System Design

* Design a URL shortener.
  Explain the read and write paths and how you would scale them.

## Resources

- [Designing Data-Intensive Applications](https://dataintensive.net)
`;

describe('plain Markdown question list', () => {
  const result = importQuestions(SAMPLE, 'md', { sourceName: 'community/backend-questions' });
  const byId = new Map(result.questions.map((q) => [q.id, q]));

  it('finds every question and nothing else, with no problems', () => {
    expect(result.problems).toEqual([]);
    expect(result.questions.map((q) => q.id)).toEqual([
      'what-is-a-database-index-and-when-would-it-hurt-performance',
      'explain-the-difference-between-inner-join-and-left-join',
      'what-is-the-n-1-query-problem-how-do-you-spot-it-in-an-orm',
      'what-are-the-common-cache-invalidation-strategies',
      'how-would-you-handle-a-cache-stampede-when-a-hot-key-expires',
      'what-are-the-common-cache-invalidation-strategies-2',
      'how-would-you-design-pagination-for-an-endpoint-listing',
      'what-makes-an-api-endpoint-idempotent',
      'tell-me-about-a-time-you-disagreed-with-a-teammate-about-a',
      'describe-a-time-you-made-a-mistake-that-affected-customers',
      'what-would-you-do-if-you-found-a-security-flaw-the-day',
      'how-do-you-make-sure-code-reviews-stay-fair-to-the-newest',
      'design-a-url-shortener',
    ]);
  });

  it('keeps ids kebab-case and at most 60 characters', () => {
    for (const q of result.questions) {
      expect(q.id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
      expect(q.id.length).toBeLessThanOrEqual(60);
    }
  });

  it('guesses categories from phrasing and sections', () => {
    const categories = Object.fromEntries(result.questions.map((q) => [q.id, q.category]));
    expect(categories).toMatchObject({
      'what-is-a-database-index-and-when-would-it-hurt-performance': 'technical',
      'how-would-you-handle-a-cache-stampede-when-a-hot-key-expires': 'situational',
      'tell-me-about-a-time-you-disagreed-with-a-teammate-about-a': 'behavioural',
      'describe-a-time-you-made-a-mistake-that-affected-customers': 'behavioural',
      'what-would-you-do-if-you-found-a-security-flaw-the-day': 'situational',
      'how-do-you-make-sure-code-reviews-stay-fair-to-the-newest': 'values',
      'design-a-url-shortener': 'technical',
    });
  });

  it('takes topics from section headings, adding one the question names', () => {
    const topics = Object.fromEntries(result.questions.map((q) => [q.id, q.topics]));
    expect(topics).toMatchObject({
      'what-is-a-database-index-and-when-would-it-hurt-performance': ['databases', 'indexing'],
      'explain-the-difference-between-inner-join-and-left-join': ['databases'],
      'what-are-the-common-cache-invalidation-strategies': ['caching'],
      'how-would-you-design-pagination-for-an-endpoint-listing': ['api-design', 'pagination'],
      'what-makes-an-api-endpoint-idempotent': ['api-design', 'idempotency'],
      'tell-me-about-a-time-you-disagreed-with-a-teammate-about-a': ['conflict'],
      'what-would-you-do-if-you-found-a-security-flaw-the-day': ['security'],
      'design-a-url-shortener': ['architecture', 'scaling'],
    });
    expect(byId.get('design-a-url-shortener')?.dimensions).toEqual(['system_design']);
    expect(byId.get('explain-the-difference-between-inner-join-and-left-join')?.dimensions).toEqual(['fundamentals']);
  });

  it('appends the paragraph under a question as its prompt and unwraps wrapped lines', () => {
    expect(byId.get('how-would-you-design-pagination-for-an-endpoint-listing')?.text).toBe(
      'How would you design pagination for an endpoint listing millions of orders?\n\n' +
        'Consider offset versus cursor pagination, and what a client sees when rows are inserted while it pages.',
    );
    expect(byId.get('what-is-the-n-1-query-problem-how-do-you-spot-it-in-an-orm')?.text).toBe(
      'What is the N+1 query problem? How do you spot it in an ORM-heavy codebase?',
    );
    expect(byId.get('design-a-url-shortener')?.text).toBe(
      'Design a URL shortener.\n\nExplain the read and write paths and how you would scale them.',
    );
  });

  it('strips links and emphasis but keeps code spans and question marks', () => {
    expect(byId.get('describe-a-time-you-made-a-mistake-that-affected-customers')?.text).toBe(
      'Describe a time you made a mistake that affected customers.',
    );
    expect(byId.get('what-is-a-database-index-and-when-would-it-hurt-performance')?.text).toBe(
      'What is a database index and when would it hurt performance?',
    );
    expect(byId.get('explain-the-difference-between-inner-join-and-left-join')?.text).toContain('`INNER JOIN`');
  });

  it('imports drafts that need signals, with the defaults for imported questions', () => {
    for (const q of result.questions) {
      expect(needsSignals(q)).toBe(true);
      expect(q.lookFor).toEqual([]);
      expect(q.levels).toEqual(['mid']);
      expect(q.source).toBe('community/backend-questions');
      expect(q.license).toBe('unknown');
    }
  });

  it("uses 'imported' as the source when no name is given", () => {
    expect(importQuestions(SAMPLE, 'md').questions[0]?.source).toBe('imported');
  });
});

describe('plain list edge cases', () => {
  const ids = (text: string): string[] => importQuestions(text, 'md').questions.map((q) => q.id);

  it('skips front matter, comments, tables, HTML and answers', () => {
    const text = [
      '---',
      'title: - Not a question from front matter?',
      '---',
      '<!-- - Not a question inside a comment? -->',
      '<p align="center"><img src="logo.png"></p>',
      '## Databases',
      '| Question | Answer |',
      '| --- | --- |',
      '- What is a covering index, and when does it help?',
      '  **Answer:** an index that holds every column the query reads.',
      '  More answer text that must not be appended.',
      '- [ ] Q3: How do you choose a primary key for a table?',
    ].join('\n');
    const result = importQuestions(text, 'md');
    expect(result.questions.map((q) => q.text)).toEqual([
      'What is a covering index, and when does it help?',
      'How do you choose a primary key for a table?',
    ]);
  });

  it('keeps sub-points as part of the prompt', () => {
    const text = ['- How does a hash index differ from a B-tree index?', '  - range queries', '  - equality lookups'];
    expect(importQuestions(text.join('\n'), 'md').questions[0]?.text).toBe(
      'How does a hash index differ from a B-tree index?\n\n- range queries\n- equality lookups',
    );
  });

  it('treats a #### heading that is not a question as a group for the list under it', () => {
    const text = [
      '## Concurrency',
      '#### Locks',
      '- What is a deadlock and how do you prevent one?',
      '#### Why do lost updates happen under concurrent writes?',
    ].join('\n');
    const result = importQuestions(text, 'md');
    expect(result.questions.map((q) => q.id)).toEqual([
      'what-is-a-deadlock-and-how-do-you-prevent-one',
      'why-do-lost-updates-happen-under-concurrent-writes',
    ]);
    expect(result.questions.map((q) => q.topics[0])).toEqual(['concurrency', 'concurrency']);
  });

  it('maps common heading words to topics and categories', () => {
    const text = [
      '## 🗄️ SQL',
      '- What does a query planner do with statistics?',
      '## Security',
      '- How do you store passwords safely in a database?',
      '## Behavioural',
      '- How do you handle feedback you disagree with?',
      '## Something else entirely',
      '- What is the most interesting thing you have built recently?',
    ].join('\n');
    const qs = importQuestions(text, 'md').questions;
    expect(qs.map((q) => [q.category, q.topics[0], q.dimensions[0]])).toEqual([
      ['technical', 'databases', 'fundamentals'],
      ['technical', 'security', 'fundamentals'],
      ['behavioural', 'conflict', 'tradeoff_reasoning'],
      ['technical', 'architecture', 'fundamentals'],
    ]);
  });

  it('reports questions that break the schema as problems and keeps the rest', () => {
    const result = importQuestions(['## Caching', '- Redis', '- Why is cache invalidation hard?'].join('\n'), 'md');
    expect(result.questions.map((q) => q.id)).toEqual(['why-is-cache-invalidation-hard']);
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]).toMatchObject({ index: 0, questionId: 'redis' });
    expect(result.problems[0]?.message).toMatch(/^text: /);
  });

  it('gives text without Latin letters a fallback id', () => {
    expect(ids('- 什么是数据库索引？它如何提高查询速度？\n- 如何设计一个高可用的分布式缓存系统？')).toEqual([
      'question',
      'question-2',
    ]);
  });

  it('returns nothing for a document without questions', () => {
    expect(importQuestions('# Just a title\n\nSome prose.\n', 'md')).toEqual({ questions: [], problems: [] });
  });
});
