package org.habeas.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.jspecify.annotations.Nullable;

/** Names, nationalities and identity numbers for the demo's made-up detainees. */
final class DemoPeople {

  /** A nationality a detainee may have: citizenship, language (if not that of proceedings). */
  record Nationality(
      String citizenship,
      @Nullable String language,
      List<String> givenNames,
      List<String> surnames,
      String embassy,
      String almatyConsulate) {

    /** The name as the passport gives it: family name first for Chinese citizens. */
    String fullName(String given, String surname) {
      return citizenship.equals("CN") ? surname + " " + given : given + " " + surname;
    }
  }

  static final List<String> KAZAKH_MEN =
      List.of(
          "Nurlan",
          "Yerlan",
          "Azamat",
          "Daniyar",
          "Aibek",
          "Bauyrzhan",
          "Arman",
          "Yerzhan",
          "Madi",
          "Dias",
          "Timur",
          "Almas",
          "Zhandos",
          "Kairat",
          "Serik",
          "Marat",
          "Ruslan",
          "Sanzhar",
          "Nurzhan",
          "Askar",
          "Yersultan",
          "Alikhan",
          "Damir",
          "Rustem");
  static final List<String> KAZAKH_WOMEN =
      List.of(
          "Aigerim",
          "Dana",
          "Aruzhan",
          "Madina",
          "Zhanna",
          "Gulmira",
          "Saltanat",
          "Aliya",
          "Dinara",
          "Kamila",
          "Asel",
          "Ainur");
  static final List<String> KAZAKH_SURNAMES =
      List.of(
          "Abenov",
          "Bekov",
          "Dzhaksybekov",
          "Iskakov",
          "Kassymov",
          "Mukhametov",
          "Nurpeisov",
          "Omarov",
          "Sadykov",
          "Zhakupov",
          "Akhmetov",
          "Baimukhanov",
          "Yermekov",
          "Kenzhebayev",
          "Smagulov",
          "Utepov",
          "Yesenov",
          "Zhunusov",
          "Tulegenov",
          "Sarsenbayev",
          "Amirov",
          "Bekmukhambetov",
          "Ospanov",
          "Serikbayev",
          "Abdrakhmanov",
          "Nurmagambetov");
  static final List<String> RUSSIAN_MEN =
      List.of(
          "Ivan",
          "Sergey",
          "Dmitry",
          "Alexey",
          "Andrei",
          "Nikolai",
          "Vladimir",
          "Pavel",
          "Maxim",
          "Igor",
          "Konstantin",
          "Denis");
  static final List<String> RUSSIAN_WOMEN =
      List.of("Yelena", "Olga", "Natalia", "Irina", "Tatyana", "Yekaterina");
  static final List<String> RUSSIAN_SURNAMES =
      List.of(
          "Ivanov",
          "Petrov",
          "Kuznetsov",
          "Popov",
          "Sokolov",
          "Lebedev",
          "Kozlov",
          "Novikov",
          "Volkov",
          "Fedorov",
          "Pavlov",
          "Semenov");

  /** Korean and other surnames of Kazakh citizens that do not change with gender. */
  static final List<String> OTHER_SURNAMES = List.of("Kim", "Pak", "Tsoi", "Li", "Ten");

  static final List<Nationality> NEIGHBOURS =
      List.of(
          new Nationality(
              "UZ",
              "uz",
              List.of("Jasur", "Sherzod", "Otabek", "Bekzod", "Dilshod", "Farhod"),
              List.of("Karimov", "Rakhimov", "Yusupov", "Usmonov", "Ergashev", "Toshmatov"),
              "Embassy of the Republic of Uzbekistan in Astana",
              "Consulate General of the Republic of Uzbekistan in Almaty"),
          new Nationality(
              "KG",
              "ky",
              List.of("Bakyt", "Nurbek", "Aibek", "Temirlan", "Adilet"),
              List.of("Asanov", "Dzhumabaev", "Mamytov", "Sydykov", "Toktogulov"),
              "Embassy of the Kyrgyz Republic in Astana",
              "Consulate General of the Kyrgyz Republic in Almaty"),
          new Nationality(
              "TJ",
              "tg",
              List.of("Farrukh", "Behruz", "Firdavs", "Rustam", "Umed"),
              List.of("Nazarov", "Rahimov", "Saidov", "Sharipov", "Qodirov"),
              "Embassy of the Republic of Tajikistan in Astana",
              "Consulate General of the Republic of Tajikistan in Almaty"),
          new Nationality(
              "RU",
              null,
              List.of("Alexei", "Pavel", "Denis", "Artyom", "Roman"),
              List.of("Smirnov", "Orlov", "Vasiliev", "Zaitsev", "Belov"),
              "Embassy of the Russian Federation in Astana",
              "Consulate General of the Russian Federation in Almaty"),
          new Nationality(
              "CN",
              "zh",
              List.of("Lei", "Wei", "Hao", "Yang", "Jie"),
              List.of("Wang", "Li", "Zhang", "Liu", "Chen"),
              "Embassy of the People's Republic of China in Astana",
              "Consulate General of the People's Republic of China in Almaty"),
          new Nationality(
              "TR",
              "tr",
              List.of("Emre", "Mehmet", "Burak", "Murat"),
              List.of("Yilmaz", "Kaya", "Demir", "Sahin"),
              "Embassy of the Republic of Türkiye in Astana",
              "Consulate General of the Republic of Türkiye in Almaty"));

  static final List<String> BRITISH_MEN =
      List.of(
          "Liam",
          "Jordan",
          "Connor",
          "Ryan",
          "Daniel",
          "Kyle",
          "Aaron",
          "Jack",
          "Callum",
          "Jamal",
          "Harry",
          "Reece",
          "Mohammed",
          "Tyler");
  static final List<String> BRITISH_WOMEN = List.of("Sophie", "Chloe", "Megan", "Jade", "Amira");
  static final List<String> BRITISH_SURNAMES =
      List.of(
          "Carter",
          "Hughes",
          "Walsh",
          "Patel",
          "Okafor",
          "Thompson",
          "Mensah",
          "Robinson",
          "O'Brien",
          "Ahmed",
          "Murphy",
          "Bennett",
          "Khan",
          "Wright",
          "Fletcher",
          "Doyle");

  static final List<Nationality> EUROPEANS =
      List.of(
          new Nationality(
              "RO",
              "ro",
              List.of("Andrei", "Mihai", "Ionut", "Florin"),
              List.of("Popescu", "Ionescu", "Dumitru", "Stan"),
              "Embassy of Romania in London",
              ""),
          new Nationality(
              "PL",
              "pl",
              List.of("Tomasz", "Piotr", "Krzysztof", "Marcin"),
              List.of("Nowak", "Kowalski", "Wisniewski", "Zielinski"),
              "Embassy of the Republic of Poland in London",
              ""),
          new Nationality(
              "AL",
              "sq",
              List.of("Arben", "Ermal", "Besnik", "Klodian"),
              List.of("Krasniqi", "Hoxha", "Shehu", "Gashi"),
              "Embassy of the Republic of Albania in London",
              ""),
          new Nationality(
              "LT",
              "lt",
              List.of("Tomas", "Mantas", "Darius"),
              List.of("Kazlauskas", "Petrauskas", "Jankauskas"),
              "Embassy of the Republic of Lithuania in London",
              ""));

  private DemoPeople() {}

  static <T> T pick(Random r, List<T> list) {
    return list.get(r.nextInt(list.size()));
  }

  /** A Kazakh citizen's name: Kazakh mostly, Russian or Korean sometimes; surname by gender. */
  static String kazakhCitizen(Random r, boolean male) {
    double p = r.nextDouble();
    if (p < 0.72) {
      return pick(r, male ? KAZAKH_MEN : KAZAKH_WOMEN)
          + " "
          + gendered(pick(r, KAZAKH_SURNAMES), male);
    }
    String given = pick(r, male ? RUSSIAN_MEN : RUSSIAN_WOMEN);
    if (p < 0.92) {
      return given + " " + gendered(pick(r, RUSSIAN_SURNAMES), male);
    }
    return given + " " + pick(r, OTHER_SURNAMES);
  }

  static String gendered(String surname, boolean male) {
    return male ? surname : surname + "a";
  }

  /**
   * A Kazakh individual identification number (IIN): birth date, century and sex, a serial and the
   * check digit of the official algorithm.
   */
  static String iin(Random r, LocalDate birth, boolean male) {
    int century = birth.getYear() / 100;
    int centuryDigit = (century == 19 ? 3 : century == 20 ? 5 : 1) + (male ? 0 : 1);
    while (true) {
      var digits =
          String.format(
              "%02d%02d%02d%d%04d",
              birth.getYear() % 100,
              birth.getMonthValue(),
              birth.getDayOfMonth(),
              centuryDigit,
              r.nextInt(10_000));
      int check = iinCheckDigit(digits);
      if (check < 10) {
        return digits + check;
      }
    }
  }

  /** The IIN check digit of its first 11 digits; 10 means the serial must be drawn again. */
  static int iinCheckDigit(String first11) {
    int sum = 0;
    for (int i = 0; i < 11; i++) {
      sum += (first11.charAt(i) - '0') * (i + 1);
    }
    int check = sum % 11;
    if (check == 10) {
      sum = 0;
      for (int i = 0; i < 11; i++) {
        sum += (first11.charAt(i) - '0') * ((i + 2) % 11 + 1);
      }
      check = sum % 11;
    }
    return check;
  }
}
