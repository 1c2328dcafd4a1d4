package uk.ehcworkflow.command.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.ehcworkflow.platform.problem.InvalidRequestException;

/** A return read a person at a time, and nothing but a return read at all. */
class Sen2FileTest {

    private static final String RETURN = """
            <Message><Header><CollectionDetails><ReferenceDate>2026-01-15</ReferenceDate></CollectionDetails></Header>
            <Persons>
              <Person><Surname>Invented</Surname><Requests><Request><ReceivedDate>2025-12-01</ReceivedDate></Request>
                <Request><ReceivedDate>2025-12-02</ReceivedDate></Request></Requests></Person>
              <Person><Surname>Madeup</Surname><ActivePlans><LastReview>2025-03-10</LastReview></ActivePlans></Person>
            </Persons></Message>""";

    private static List<Sen2File.Item> read(String xml) {
        List<Sen2File.Item> people = new ArrayList<>();
        Sen2File.read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), people::add);
        return people;
    }

    @Test
    void gives_each_person_with_their_items_and_the_census_day() {
        List<Sen2File.Item> people = new ArrayList<>();
        String censusDay = Sen2File.read(new ByteArrayInputStream(RETURN.getBytes(StandardCharsets.UTF_8)), people::add);

        assertThat(censusDay).isEqualTo("2026-01-15");
        assertThat(people).hasSize(2);
        assertThat(people.get(0).value("Surname")).isEqualTo("Invented");
        assertThat(people.get(0).first("Requests").all("Request")).extracting(r -> r.value("ReceivedDate"))
                .containsExactly("2025-12-01", "2025-12-02");
        assertThat(people.get(1).value("ActivePlans/LastReview")).isEqualTo("2025-03-10");
        assertThat(people.get(1).value("Forename")).isNull();
    }

    @Test
    void a_document_type_is_refused_so_no_entity_can_read_a_file_of_the_machine() {
        String hostile = "<?xml version=\"1.0\"?><!DOCTYPE Message [<!ENTITY secret SYSTEM \"file:///etc/passwd\">]>"
                + "<Message><Persons><Person><Surname>&secret;</Surname></Person></Persons></Message>";
        assertThatThrownBy(() -> read(hostile)).isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("document type");
    }

    @Test
    void what_is_not_a_return_is_refused_naming_why() {
        assertThatThrownBy(() -> read("{\"not\":\"xml\"}")).isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("not well-formed XML");
        assertThatThrownBy(() -> read("<Persons/>")).isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("root element is Message");
        assertThatThrownBy(() -> read("<Message><Persons><Person><Surname>cut")).isInstanceOf(InvalidRequestException.class);
    }
}
