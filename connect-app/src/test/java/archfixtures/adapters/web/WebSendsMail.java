package archfixtures.adapters.web;

import jakarta.mail.Session;

/** Wrong on purpose: the web adapter sending mail itself. */
public class WebSendsMail {

    public Session session;
}
