// redraft: optional comforts
