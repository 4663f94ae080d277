package nl.koers.funding;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What the funding advice needs to know about the organisation ({@code koers.organisation.*}).
 *
 * @param sector    the sector in the organisation's own words ("metaal", "zorg", "horeca"); empty when unknown
 * @param employees the number of people employed, for SLIM's mkb limit
 */
@ConfigurationProperties("koers.organisation")
public record OrganisationSettings(@DefaultValue("") String sector, @DefaultValue("25") int employees) {

    public OrganisationSettings {
        if (employees < 1) {
            throw new IllegalArgumentException("koers.organisation.employees moet minstens 1 zijn, niet " + employees);
        }
        sector = sector == null ? "" : sector.strip();
    }

    public boolean sectorKnown() {
        return !sector.isEmpty();
    }
}
