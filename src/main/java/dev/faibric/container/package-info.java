/**
 * The Docker tier: an image per version of an app's server code, built on a cached Node
 * base, run with strict limits on the local engine, health-checked, then switched to
 * (blue/green). The one place that talks to the Docker Engine API.
 */
@NullMarked
package dev.faibric.container;

import org.jspecify.annotations.NullMarked;
