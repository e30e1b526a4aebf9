package dev.connect.domain.port.in.authlink;

/** The retry of failed deliveries: every pending link whose next delivery attempt is due is delivered again. */
public interface DeliverAuthLinksUseCase {

    /** @return how many attempts it made */
    int deliverDue();
}
