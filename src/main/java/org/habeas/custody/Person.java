package org.habeas.custody;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * The person deprived of liberty, as recorded at apprehension.
 *
 * @param name full name as in the identity document, or as given
 * @param birthDate date of birth; decides whether the juvenile safeguards apply
 * @param nationalId national identity number (IIN in Kazakhstan), when known
 * @param citizenship ISO 3166 alpha-2 code, e.g. {@code KZ}, {@code GB}; decides consular notice
 * @param language the language the person speaks, when it is not the language of proceedings
 */
public record Person(
    @NotBlank String name,
    @NotNull LocalDate birthDate,
    @Nullable String nationalId,
    @Nullable @Pattern(regexp = "[A-Z]{2}") String citizenship,
    @Nullable String language) {

  /** Whether the person is under 18 on the given day. */
  public boolean isJuvenileOn(LocalDate day) {
    return day.isBefore(eighteenthBirthday());
  }

  /**
   * Whether the person is a foreign national where held, so the consulate must be told.
   *
   * <p>The CPT profile has no state of its own, so nobody is foreign under it; an unknown
   * citizenship is not taken as foreign either.
   */
  public boolean isForeignNationalIn(Jurisdiction jurisdiction) {
    if (citizenship == null || citizenship.isBlank()) {
      return false;
    }
    return switch (jurisdiction) {
      case KZ -> !citizenship.equalsIgnoreCase("KZ");
      case EW -> !citizenship.equalsIgnoreCase("GB");
      case CPT -> false;
    };
  }

  private LocalDate eighteenthBirthday() {
    LocalDate eighteenth = birthDate.plusYears(18);
    // Someone born on 29 February comes of age on 1 March in a common year, not on the 28th:
    // the later day keeps the juvenile safeguards a day longer rather than a day shorter.
    return eighteenth.getDayOfMonth() == birthDate.getDayOfMonth()
        ? eighteenth
        : eighteenth.plusDays(1);
  }
}
