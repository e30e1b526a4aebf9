package dev.connect.adapters.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.connect.adapters.web.problem.ProblemMapper;
import dev.connect.domain.model.error.ErrorCode;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class ProblemMapperTest {

    @Test
    void callerMistakesAre4xxAndUpstreamStorageOrMailTroubleIs5xx() {
        Arrays.stream(ErrorCode.values()).forEach(code -> {
            boolean serverSide = code.name().startsWith("UPSTREAM_") && code != ErrorCode.UPSTREAM_REJECTED
                    || code == ErrorCode.STORAGE_UNAVAILABLE || code == ErrorCode.MAIL_NOT_CONFIGURED;
            assertThat(ProblemMapper.statusOf(code) >= 500).as(code.name()).isEqualTo(serverSide);
        });
    }
}
