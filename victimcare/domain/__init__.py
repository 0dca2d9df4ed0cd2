"""Domain layer: plain data, rules and validation; imports nothing but the standard library."""
