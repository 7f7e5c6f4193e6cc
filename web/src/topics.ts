import { TOPIC_DESCRIPTIONS } from '../../src/shared/schemas/topic-descriptions.js';
import { TOPICS, type Topic } from '../../src/shared/schemas/vocabulary.js';

/** True when a string is a topic of the vocabulary. */
export function isTopic(value: string): value is Topic {
  return (TOPICS as readonly string[]).includes(value);
}

/** A topic's one-line description, when the topic is in the vocabulary. */
export function topicDescription(topic: string): string | undefined {
  return isTopic(topic) ? TOPIC_DESCRIPTIONS[topic] : undefined;
}

/** A topic as people read it ("legacy code" for legacy-code). */
export function topicWords(topic: string): string {
  return topic.replaceAll('-', ' ');
}
