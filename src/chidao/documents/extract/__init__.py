"""What the body says: cited documents, the meeting, the tasks and their deadlines."""
