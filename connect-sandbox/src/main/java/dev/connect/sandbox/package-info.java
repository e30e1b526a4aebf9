/**
 * A faithful local StackOne for development and tests.
 *
 * <p>The public API is {@link dev.connect.sandbox.StackOneSandbox} (start, URLs, webhook targets, delivery log,
 * faults, close), {@link dev.connect.sandbox.SandboxSettings}, {@link dev.connect.sandbox.SandboxMain}, and the
 * values they take and give: {@link dev.connect.sandbox.faults.HttpFault},
 * {@link dev.connect.sandbox.faults.WebhookFault} and {@link dev.connect.sandbox.webhooks.WebhookDeliveryAttempt}
 * (kept beside the code that uses them, so that no package cycle runs through this one). Everything else in the
 * sub-packages is an implementation detail and may change without notice.
 */
package dev.connect.sandbox;
