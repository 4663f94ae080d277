-- A turn that waits for the language model spans several short transactions: the user's message is stored
-- before the model is asked. The turn lock keeps a second turn on the same conversation out meanwhile, across
-- Koers instances, and expires on its own if an instance dies mid-turn.
ALTER TABLE conversation ADD COLUMN turn_lock VARCHAR(36);
ALTER TABLE conversation ADD COLUMN turn_expires TIMESTAMP WITH TIME ZONE;
