package org.habeas.custody.domain;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.time.Instant;
import java.time.LocalDate;
import org.habeas.custody.Apprehended;
import org.habeas.custody.CellVisited;
import org.habeas.custody.Jurisdiction;
import org.habeas.custody.Person;
import org.habeas.custody.Transferred;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class EventValidationTest extends CustodyTest {

  private static ValidatorFactory factory;
  private static Validator validator;

  @BeforeAll
  static void startValidator() {
    factory = Validation.buildDefaultValidatorFactory();
    validator = factory.getValidator();
  }

  @AfterAll
  static void stopValidator() {
    factory.close();
  }

  @Test
  void wellFormedEventsPass() {
    assertThat(EventJsonTest.oneOfEach())
        .allSatisfy(e -> assertThat(validator.validate(e)).isEmpty());
  }

  @Test
  void namesEachMissingFieldOnce() {
    var nameless = new Person(" ", LocalDate.parse("1990-05-17"), null, "kz", null);
    var apprehended =
        new Apprehended(null, TDF, nameless, "caught in the act", null, null, Jurisdiction.KZ);

    assertThat(validator.validate(apprehended))
        .extracting(v -> v.getPropertyPath().toString())
        .containsExactlyInAnyOrder("occurredAt", "person.name", "person.citizenship");
  }

  @Test
  void namesFieldsInsideACorrection() {
    var correction = correctionAt("2026-03-02T12:00+05:00", 0, new CellVisited(null, "", null));

    assertThat(validator.validate(correction))
        .extracting(ConstraintViolation::getPropertyPath)
        .map(Object::toString)
        .containsExactlyInAnyOrder("correctsSeq", "replacement.occurredAt", "replacement.by");
  }

  @Test
  void aTransferMayCarryThePositionOfTheHandOverAndNothingLikeOne() {
    var at = Instant.parse("2026-03-02T07:00:00Z");

    assertThat(validator.validate(new Transferred(at, TDF, "51.128221,71.430411"))).isEmpty();
    assertThat(validator.validate(new Transferred(at, TDF, "-33.9, 151.2"))).isEmpty();
    assertThat(validator.validate(new Transferred(at, TDF, null))).isEmpty();
    for (var wrong :
        new String[] {"91,0", "51.1234567,71", "51,181", "north", "51;71", "51,71\u0000"}) {
      assertThat(validator.validate(new Transferred(at, TDF, wrong)))
          .as(wrong)
          .extracting(v -> v.getPropertyPath().toString())
          .containsExactly("position");
    }
  }
}
