/**
 * Limits on everything that costs: request rates per account and per client address
 * (Bucket4j, per node), concurrent builds per account and per node with a queue, and
 * quotas per account (builds a day, model tokens a month), with the caller's usage.
 */
@NullMarked
package dev.faibric.limits;

import org.jspecify.annotations.NullMarked;
