package archfixtures.adapters.web.javalin;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;

/** Wrong on purpose: a binding that writes JSON itself instead of leaving it to the web adapter. */
public class JavalinSpeaksJson {

    public Javalin javalin;
    public ObjectMapper mapper;
}
