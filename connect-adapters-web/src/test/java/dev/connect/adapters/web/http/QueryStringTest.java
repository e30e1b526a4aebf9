package dev.connect.adapters.web.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.connect.adapters.web.problem.WebRequestException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class QueryStringTest {

    @Test
    void readsAsBrowsersWriteRepeatedNamesKept() {
        assertThat(QueryString.parse("owner=t%C3%A9nant+1&flag&tag=a&tag=b&&empty="))
                .isEqualTo(Map.of("owner", List.of("ténant 1"), "flag", List.of(""), "tag", List.of("a", "b"),
                        "empty", List.of("")));
    }

    @Test
    void noQueryIsNoParameters() {
        assertThat(QueryString.parse("")).isEmpty();
        assertThat(QueryString.parse(null)).isEmpty();
    }

    @Test
    void aMalformedEscapeIsABadRequest() {
        assertThatThrownBy(() -> QueryString.parse("a=%zz"))
                .isInstanceOfSatisfying(WebRequestException.class,
                        refused -> assertThat(refused.status()).isEqualTo(400));
    }
}
