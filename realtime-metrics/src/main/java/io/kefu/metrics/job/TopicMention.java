package io.kefu.metrics.job;

/**
 * One session counted under a topic (CONTRACT §3 hot topics): its kind ({@code intent} or {@code
 * faq_cluster}), the topic and the session's start, whose 10-minute window it counts in.
 */
public record TopicMention(String kind, String topic, long startMillis) {}
