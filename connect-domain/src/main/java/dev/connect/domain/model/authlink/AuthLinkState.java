package dev.connect.domain.model.authlink;

/**
 * Where an auth link stands. Only {@link #PENDING} ever changes: to {@link #LINKED} by its owner's linking event, to
 * {@link #EXPIRED} when its time passes, to {@link #REVOKED} by an operator. The other three are final.
 */
public enum AuthLinkState {
    PENDING,
    LINKED,
    EXPIRED,
    REVOKED
}
