using Haltern.Import;

// Haltern.Import FILE|DIR... [--to knowledge/news] [--force]: CMS page exports into article files.
return await ImportCommand.RunAsync(args, Console.Out, Console.Error, ImportCommand.InvocationDirectory(), CancellationToken.None);
