package uk.ehcworkflow.command.imports;

import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import uk.ehcworkflow.platform.problem.InvalidRequestException;

/**
 * Reads a SEN2 return's XML a person at a time, so that a county's file is never in memory at
 * once: the header's census day first, then each {@code Person} as a small tree of its items.
 * It reads the shape this service writes (the 2023 specification's nesting as far as it could be
 * read, ADR 32). A document type, and so any entity it could declare, is refused: the file comes
 * from outside and must not make the service read anything else.
 */
final class Sen2File {

    /** One element: its text when it holds one, its elements when it holds those. */
    record Item(String name, String text, List<Item> items) {

        /** The text of the first element at this path under this one ({@code "Requests/Request"}), or null. */
        String value(String path) {
            Item found = first(path);
            return found == null || found.text().isBlank() ? null : found.text().strip();
        }

        Item first(String path) {
            Item at = this;
            for (String name : path.split("/")) {
                at = at.items().stream().filter(item -> item.name().equals(name)).findFirst().orElse(null);
                if (at == null) {
                    return null;
                }
            }
            return at;
        }

        List<Item> all(String name) {
            return items.stream().filter(item -> item.name().equals(name)).toList();
        }
    }

    private Sen2File() {
    }

    /**
     * Reads the file, giving each person to {@code person} as it is read.
     *
     * @return the header's census day as written ({@code ReferenceDate}), or null when it has none
     * @throws InvalidRequestException when the body is not a SEN2 return this service can read
     */
    static String read(InputStream xml, Consumer<Item> person) {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        try {
            XMLStreamReader reader = factory.createXMLStreamReader(xml);
            try {
                return read(reader, person);
            } finally {
                reader.close();
            }
        } catch (XMLStreamException e) {
            String where = e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNumber() + ")";
            throw new InvalidRequestException("body", "The body is not well-formed XML" + where + ", or declares a document "
                    + "type, which a return does not.");
        }
    }

    private static String read(XMLStreamReader reader, Consumer<Item> person) throws XMLStreamException {
        reader.nextTag();
        if (!reader.getLocalName().equals("Message")) {
            throw new InvalidRequestException("body", "A SEN2 return's root element is Message, not " + reader.getLocalName() + ".");
        }
        String censusDay = null;
        Deque<String> path = new ArrayDeque<>();
        while (reader.hasNext()) {
            int event = reader.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                String name = reader.getLocalName();
                if (name.equals("Person") && Objects.equals(path.peek(), "Persons")) {
                    person.accept(item(reader));
                } else if (name.equals("ReferenceDate") && path.contains("Header")) {
                    censusDay = reader.getElementText().strip();
                } else {
                    path.push(name);
                }
            } else if (event == XMLStreamConstants.END_ELEMENT && !path.isEmpty()) {
                path.pop();
            }
        }
        return censusDay;
    }

    /** The element the reader is at, read to its end. */
    private static Item item(XMLStreamReader reader) throws XMLStreamException {
        String name = reader.getLocalName();
        StringBuilder text = new StringBuilder();
        List<Item> items = new ArrayList<>();
        while (true) {
            int event = reader.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                items.add(item(reader));
            } else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) {
                text.append(reader.getText());
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                return new Item(name, items.isEmpty() ? text.toString() : "", items);
            }
        }
    }
}
