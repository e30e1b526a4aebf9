package dev.connect.domain.port.in.authlink;

/** The sweep: marks pending links whose time has passed expired, and tells the listeners. */
public interface ExpireAuthLinksUseCase {

    /** @return how many links it expired */
    int expireDue();
}
