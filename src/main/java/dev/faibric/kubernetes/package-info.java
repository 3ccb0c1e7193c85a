/**
 * The Kubernetes tier: an app's server code as a Deployment, a Service, an Ingress and a
 * Secret in one namespace, rolled out with fabric8, and the same objects as YAML to apply
 * to a cluster of one's own.
 */
@NullMarked
package dev.faibric.kubernetes;

import org.jspecify.annotations.NullMarked;
