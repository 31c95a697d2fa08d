package org.shouhu.shared.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.shouhu.casework.application.CaseCommands;
import org.shouhu.intake.application.IntakeForm;
import org.shouhu.shared.domain.InvalidInputException.FieldError;

/** Bodies read strictly: wrong JSON types on their paths, never coerced; too deep refused. */
class StrictJsonReaderTest {

  private final StrictJsonReader reader = new StrictJsonReader();

  @SuppressWarnings("unchecked")
  private <T> T read(Class<T> type, String json) throws Exception {
    return (T)
        reader.readFrom(
            (Class<Object>) (Class<?>) type,
            type,
            new java.lang.annotation.Annotation[0],
            jakarta.ws.rs.core.MediaType.APPLICATION_JSON_TYPE,
            null,
            new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
  }

  private java.util.List<String> refused(Class<?> type, String json) {
    try {
      read(type, json);
      return java.util.List.of();
    } catch (MalformedBodyException e) {
      return e.errors().stream().map(FieldError::field).toList();
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void aWellTypedBodyBindsItsRecord() throws Exception {
    CaseCommands.Transition t =
        read(
            CaseCommands.Transition.class,
            "{\"to\": \"ASSESSMENT\", \"version\": 3, \"unknown\": {\"deep\": [1, 2]}}");
    assertThat(t.to()).isEqualTo("ASSESSMENT");
    assertThat(t.version()).isEqualTo(3L);
    assertThat(t.reason()).isNull();
  }

  @Test
  void everyWrongTypeIsReportedOnItsPathAndNothingIsCoerced() {
    assertThat(
            refused(
                IntakeForm.class,
                "{\"urgent\": \"yes\", \"subject\": {\"name\": 42, \"sex\": \"F\"},"
                    + " \"people\": [{\"role\": \"GUARDIAN\", \"person\": []}, 7]}"))
        .containsExactlyInAnyOrder("urgent", "subject.name", "people[0].person", "people[1]");
    assertThat(refused(CaseCommands.Transition.class, "{\"to\": \"X\", \"version\": 1.5}"))
        .containsExactly("version");
    assertThat(refused(CaseCommands.Transition.class, "{\"version\": 99999999999999999999}"))
        .containsExactly("version");
    assertThat(refused(CaseCommands.ClosureDecision.class, "{\"approve\": \"true\"}"))
        .containsExactly("approve");
  }

  @Test
  void notJsonNotAnObjectOrTooDeepIs400() {
    assertThat(refused(CaseCommands.Transition.class, "{\"to\": ")).isEmpty();
    assertThat(refused(CaseCommands.Transition.class, "[1, 2]")).containsExactly("");
    String deep = "{\"a\": ".repeat(1000) + "1" + "}".repeat(1000);
    assertThatThrownBy(() -> read(CaseCommands.Transition.class, deep))
        .isInstanceOf(MalformedBodyException.class);
  }

  @Test
  void noBodyIsNoRecord() throws Exception {
    assertThat(read(CaseCommands.Transition.class, "  ")).isNull();
  }
}
