package uk.ehcworkflow.query.letter;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * What every letter says about the area and the people a family can turn to, set in the
 * configuration ({@code ehc.letters.area.*}) so that an area changes them without a new release.
 * The defaults are made up and say so: an area sets its own before sending a letter.
 *
 * @param name                  the local authority, as it signs its letters
 * @param address               its postal address, one line
 * @param phone                 the SEND team's telephone number
 * @param email                 the SEND team's email address
 * @param mediationAdviser      the mediation adviser's name and contact details (reg 32(c))
 * @param mediationContact      whom to tell, at the authority, that the family wishes to mediate (reg 32(e), (f))
 * @param disagreementResolution the disagreement resolution service and how to reach it
 * @param informationAdvice     the information, advice and support (IAS) service and how to reach it
 * @param localOffer            where the area's local offer, with its schools and colleges, is published
 */
@ConfigurationProperties("ehc.letters.area")
public record AreaDetails(String name, String address, String phone, String email, String mediationAdviser,
                          String mediationContact, String disagreementResolution, String informationAdvice,
                          String localOffer) {
}
