package dev.connect.adapters.nango.wire;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;

/**
 * One connection as Nango's {@code GET /connections} lists it (without credentials: connect never asks for them, so
 * {@code GET /connections/{id}}, which returns them, is not called). {@code metadata} and anything Nango adds later are
 * not components: they are never read or kept.
 *
 * @param connectionId      the id every later call uses; connect's account id
 * @param providerConfigKey the integration (Nango's "integration id" or "unique key"); connect's provider key
 * @param provider          the API behind the integration, e.g. {@code hubspot}
 * @param created           when the connection was created (ISO-8601)
 * @param tags              connection tags: connect's owner and user
 * @param errors            what currently fails: {@code auth} (its credentials) or {@code sync}
 * @param endUser           deprecated by Nango; read only for the owner of connections made before tags existed
 */
public record NangoConnection(
        @JsonProperty("connection_id") String connectionId,
        @JsonProperty("provider_config_key") String providerConfigKey,
        @JsonProperty("provider") String provider,
        @JsonProperty("created") String created,
        @JsonProperty("tags") Map<String, String> tags,
        @JsonProperty("errors") List<Error> errors,
        @JsonProperty("end_user") EndUser endUser) {

    /** A current failure of the connection: its kind and the Nango log that tells more. */
    public record Error(@JsonProperty("type") String type, @JsonProperty("log_id") String logId) {
    }

    /** The deprecated end user of a connection, with the organization it belongs to. */
    public record EndUser(@JsonProperty("id") String id,
                          @JsonProperty("organization") NangoOrganization organization) {
    }
}
