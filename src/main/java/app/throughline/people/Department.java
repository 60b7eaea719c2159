package app.throughline.people;

/** A part of the organisation whose people take part: Marketing, HR, Sales, Customer Service... */
public record Department(long id, String name) {}
