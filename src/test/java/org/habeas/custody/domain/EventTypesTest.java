package org.habeas.custody.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import java.util.Arrays;
import org.habeas.custody.CustodyEvent;
import org.habeas.custody.Released;
import org.junit.jupiter.api.Test;

class EventTypesTest {

  @Test
  void listsEveryTypeInProductOrder() {
    assertThat(CustodyEvent.TYPES)
        .hasSize(30) // 28, with ConsularNotificationChosen and ReportRegistered (issue 16, kz)
        .startsWith("Apprehended", "ArrivedAtFacility", "DetentionAuthorised")
        .endsWith("Transferred", "Released", "Corrected")
        .doesNotHaveDuplicates();
  }

  @Test
  void everyPermittedTypeIsListedAndNamedForJson() {
    var permitted =
        Arrays.stream(CustodyEvent.class.getPermittedSubclasses()).map(Class::getSimpleName);
    var jsonNames =
        Arrays.stream(CustodyEvent.class.getAnnotation(JsonSubTypes.class).value())
            .map(JsonSubTypes.Type::name);

    assertThat(permitted).containsExactlyInAnyOrderElementsOf(CustodyEvent.TYPES);
    assertThat(jsonNames).containsExactlyElementsOf(CustodyEvent.TYPES);
  }

  @Test
  void findsTypeByName() {
    assertThat(CustodyEvent.kindOf("Released")).isEqualTo(Released.class);
    assertThatThrownBy(() -> CustodyEvent.kindOf("Nope"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
