package archfixtures.adapters.mail;

import jakarta.mail.Session;

/** Right: the mail adapter uses the mail library. */
public class MailThing {

    public Session session;
}
