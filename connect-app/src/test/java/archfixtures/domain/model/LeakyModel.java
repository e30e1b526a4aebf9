package archfixtures.domain.model;

import archfixtures.adapters.web.WebCallsEverything;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;

/** Wrong on purpose: a domain class that uses Jackson, JDBC and an adapter. */
public class LeakyModel {

    public ObjectMapper mapper;
    public Connection connection;
    public WebCallsEverything adapter;
}
