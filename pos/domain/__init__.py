"""Pure domain rules: validation, enumerations, value objects and views. No I/O."""
