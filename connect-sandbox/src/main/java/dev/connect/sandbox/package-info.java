/**
 * A faithful local StackOne for development and tests.
 *
 * <p>The public API is this package only: {@link dev.connect.sandbox.StackOneSandbox} (start, URLs, webhook
 * targets, delivery log, faults, close), {@link dev.connect.sandbox.SandboxSettings},
 * {@link dev.connect.sandbox.HttpFault}, {@link dev.connect.sandbox.WebhookFault},
 * {@link dev.connect.sandbox.WebhookDeliveryAttempt} and {@link dev.connect.sandbox.SandboxMain}. The
 * sub-packages are implementation details and may change without notice.
 */
package dev.connect.sandbox;
