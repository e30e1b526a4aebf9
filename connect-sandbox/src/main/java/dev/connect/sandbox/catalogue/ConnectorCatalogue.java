package dev.connect.sandbox.catalogue;

import static dev.connect.sandbox.catalogue.ConnectorField.secret;
import static dev.connect.sandbox.catalogue.ConnectorField.select;
import static dev.connect.sandbox.catalogue.ConnectorField.text;

import dev.connect.sandbox.catalogue.ConnectorField.Option;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The built-in connectors: real StackOne provider keys across hris, ats and crm, with forms resembling the real
 * providers' (an API key, a subdomain, a client id and secret, or an OAuth popup). Nothing here talks to a
 * provider: credentials are checked for presence and shape only.
 */
public final class ConnectorCatalogue {

    static final String SUBDOMAIN = "^[a-z0-9][a-z0-9-]{0,62}$";
    static final String SUBDOMAIN_ERROR = "Only lower-case letters, digits and dashes, e.g. acme";
    static final String TOKEN = "^[A-Za-z0-9._~+/=:-]{8,256}$";
    static final String TOKEN_ERROR = "At least 8 characters, no spaces";
    static final String IDENTIFIER = "^[A-Za-z0-9._@-]{2,128}$";
    static final String IDENTIFIER_ERROR = "Letters, digits, dots, dashes or underscores";

    private final Map<String, Connector> byProvider = new LinkedHashMap<>();

    public ConnectorCatalogue() {
        // HRIS
        add(form("bamboohr", "BambooHR", "hris", "#73C41D",
                text("subdomain", "Subdomain", "acme", "The part before .bamboohr.com in your BambooHR address",
                        SUBDOMAIN, SUBDOMAIN_ERROR),
                apiKey("api_key", "API Key", "Account menu → API Keys → Add New Key")));
        add(form("hibob", "HiBob", "hris", "#E8336C",
                text("service_user_id", "Service User ID", "SERVICE-12345", "Settings → Integrations → Service users",
                        IDENTIFIER, IDENTIFIER_ERROR),
                apiKey("service_user_token", "Service User Token", "Shown once when the service user is created")));
        add(form("personio", "Personio", "hris", "#1B1B3A",
                text("client_id", "Client ID", "papi-…", "Settings → Integrations → API credentials", TOKEN,
                        TOKEN_ERROR),
                apiKey("client_secret", "Client Secret", "Shown once when the credentials are generated")));
        add(form("workday", "Workday", "hris", "#0875E1",
                text("host", "Workday host", "wd5-impl-services1.workday.com", "The host of your Workday tenant",
                        "^[a-z0-9.-]+\\.workday\\.com$", "A host ending in .workday.com"),
                text("tenant", "Tenant", "acme_corp", "Your tenant name", IDENTIFIER, IDENTIFIER_ERROR),
                text("username", "Integration system user", "ISU_StackOne", "An integration system user",
                        IDENTIFIER, IDENTIFIER_ERROR),
                secret("password", "Password", "", "The integration system user's password", TOKEN, TOKEN_ERROR)));
        add(oauth("factorial", "Factorial", "hris", "#FF355E"));
        add(oauth("deel", "Deel", "hris", "#15357A"));
        add(oauth("rippling", "Rippling", "hris", "#502D3C"));
        add(oauth("gusto", "Gusto", "hris", "#F45D48"));
        add(form("hrcloud", "HR Cloud", "hris", "#2E9BD6",
                apiKey("api_key", "API Key", "Settings → API → Generate key")));
        add(form("humaans", "Humaans", "hris", "#111111",
                apiKey("api_token", "API Access Token", "Settings → API access tokens")));
        add(form("namely", "Namely", "hris", "#00A0DF",
                text("subdomain", "Company subdomain", "acme", "The part before .namely.com", SUBDOMAIN,
                        SUBDOMAIN_ERROR),
                apiKey("api_token", "Personal Access Token", "Your profile → API → Personal access tokens")));
        // ATS
        add(form("greenhouse", "Greenhouse", "ats", "#24A47F",
                apiKey("api_key", "Harvest API Key", "Configure → Dev Center → API Credential Management")));
        add(oauth("lever", "Lever", "ats", "#1B1F3B"));
        add(form("workable", "Workable", "ats", "#1DB0A6",
                text("subdomain", "Account subdomain", "acme", "The part before .workable.com", SUBDOMAIN,
                        SUBDOMAIN_ERROR),
                apiKey("api_token", "API Access Token", "Settings → Integrations → Apps → Generate API token")));
        add(form("ashby", "Ashby", "ats", "#5D3FD3",
                apiKey("api_key", "API Key", "Admin → Integrations → API Keys")));
        add(form("smartrecruiters", "SmartRecruiters", "ats", "#2C73D2",
                apiKey("api_key", "API Key", "Settings → Apps and integrations → Credentials")));
        add(form("teamtailor", "Teamtailor", "ats", "#F4436C",
                apiKey("api_key", "API Key", "Settings → Integrations → API keys (Admin scope)")));
        add(form("jobvite", "Jobvite", "ats", "#00A651",
                text("company_id", "Company ID", "qa5abcdef", "Provided by Jobvite support", IDENTIFIER,
                        IDENTIFIER_ERROR),
                apiKey("api_key", "API Key", "Provided by Jobvite support"),
                secret("api_secret", "API Secret", "", "Provided by Jobvite support", TOKEN, TOKEN_ERROR)));
        add(form("recruitee", "Recruitee", "ats", "#1999E3",
                text("company_id", "Company ID", "123456", "Settings → Apps and plugins → Personal API tokens",
                        "^[0-9]{1,12}$", "Digits only"),
                apiKey("api_token", "Personal API Token", "Settings → Apps and plugins → Personal API tokens")));
        add(oauth("bullhorn", "Bullhorn", "ats", "#F36F21"));
        // CRM
        add(oauth("salesforce", "Salesforce", "crm", "#00A1E0"));
        add(oauth("hubspot", "HubSpot", "crm", "#FF7A59"));
        add(form("pipedrive", "Pipedrive", "crm", "#017737",
                text("company_domain", "Company domain", "acme", "The part before .pipedrive.com", SUBDOMAIN,
                        SUBDOMAIN_ERROR),
                apiKey("api_token", "Personal API Token", "Personal preferences → API")));
        add(new Connector("zoho_crm", "Zoho CRM", "crm", Connector.OAUTH2, "#E42527",
                List.of(select("region", "Data centre", List.of(new Option("United States (zoho.com)", "us"),
                        new Option("Europe (zoho.eu)", "eu"), new Option("India (zoho.in)", "in"),
                        new Option("Australia (zoho.com.au)", "au")))),
                "You will be asked to sign in to Zoho and approve access."));
        add(form("close", "Close", "crm", "#2B5CFF",
                apiKey("api_key", "API Key", "Settings → Developer → API Keys")));
    }

    private static ConnectorField apiKey(String key, String label, String where) {
        return secret(key, label, "", where, TOKEN, TOKEN_ERROR);
    }

    private static Connector form(String provider, String name, String category, String color,
            ConnectorField... fields) {
        return new Connector(provider, name, category, Connector.CUSTOM, color, List.of(fields), null);
    }

    private static Connector oauth(String provider, String name, String category, String color) {
        return new Connector(provider, name, category, Connector.OAUTH2, color, List.of(),
                "You will be asked to sign in to " + name + " and approve access.");
    }

    private void add(Connector connector) {
        byProvider.put(connector.provider(), connector);
    }

    public List<Connector> all() {
        return List.copyOf(byProvider.values());
    }

    public Optional<Connector> byProvider(String provider) {
        return Optional.ofNullable(provider == null ? null : byProvider.get(provider));
    }

    public Optional<Connector> byIntegrationId(String integrationId) {
        return byProvider.values().stream().filter(c -> c.integrationId().equals(integrationId)).findFirst();
    }
}
