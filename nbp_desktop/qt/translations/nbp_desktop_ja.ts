<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP" sourcelanguage="en">
<context>
    <name>BatchText</name>
    <message>
        <source>“{name}” is a {kind} connection, which has no batch mode. Run the sheet with --interactive (the normal queue), or use an AI Studio or Vertex AI connection for half-price batch.</source>
        <translation>「{name}」は {kind} 接続で、バッチモードがありません。シートを --interactive (通常のキュー) で実行するか、半額のバッチを使うには AI Studio または Vertex AI の接続を使用してください。</translation>
    </message>
    <message>
        <source>Name the Cloud Storage bucket for the batch, e.g. gs://my-bucket/batches.</source>
        <translation>バッチ用の Cloud Storage バケットを指定してください (例: gs://my-bucket/batches)。</translation>
    </message>
    <message>
        <source>Google&apos;s answer about the batch could not be read.</source>
        <translation>バッチに関する Google の応答を読み取れませんでした。</translation>
    </message>
    <message>
        <source>The batch&apos;s result file was cut off while downloading; it will be downloaded again.</source>
        <translation>バッチの結果ファイルのダウンロードが途中で切れました。もう一度ダウンロードします。</translation>
    </message>
    <message>
        <source>Google did not say where to upload the batch&apos;s input file.</source>
        <translation>バッチの入力ファイルのアップロード先を Google が返しませんでした。</translation>
    </message>
    <message>
        <source>The upload of the batch&apos;s input file did not finish; it will be sent again.</source>
        <translation>バッチの入力ファイルのアップロードが完了しませんでした。もう一度送信します。</translation>
    </message>
    <message>
        <source>Google did not name the uploaded input file.</source>
        <translation>アップロードした入力ファイルの名前を Google が返しませんでした。</translation>
    </message>
    <message>
        <source>Google no longer has this batch&apos;s result file (it may have been deleted or expired); the rows that were not downloaded are marked failed.</source>
        <translation>このバッチの結果ファイルは Google にもうありません (削除されたか期限切れの可能性があります)。ダウンロードされていない行は失敗として記録されます。</translation>
    </message>
    <message>
        <source>There is no Cloud Storage bucket “{bucket}” (or the service account cannot see it). Create it in the same project, or name another bucket.</source>
        <translation>Cloud Storage バケット「{bucket}」が存在しません (またはサービスアカウントから参照できません)。同じプロジェクトに作成するか、別のバケットを指定してください。</translation>
    </message>
    <message>
        <source>The service account</source>
        <translation>サービスアカウント</translation>
    </message>
    <message>
        <source>{account} may not use the bucket “{bucket}” for batch jobs: it lacks {permissions}. Grant it the “Storage Object Admin” role on that bucket (Cloud console → Cloud Storage → the bucket → Permissions).</source>
        <translation>{account} はバケット「{bucket}」をバッチジョブに使用できません: {permissions} がありません。そのバケットで「Storage Object Admin」ロールを付与してください (Cloud コンソール → Cloud Storage → 対象のバケット → 権限)。</translation>
    </message>
    <message>
        <source>The result file {uri} is gone from the bucket; the rows not yet downloaded are marked failed.</source>
        <translation>結果ファイル {uri} がバケットにありません。まだダウンロードされていない行は失敗として記録されます。</translation>
    </message>
    <message>
        <source>validating</source>
        <translation>検証中</translation>
    </message>
    <message>
        <source>queued</source>
        <translation>待機中</translation>
    </message>
    <message>
        <source>running</source>
        <translation>実行中</translation>
    </message>
    <message>
        <source>downloading</source>
        <translation>ダウンロード中</translation>
    </message>
    <message>
        <source>succeeded</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>partly failed</source>
        <translation>一部失敗</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>期限切れ</translation>
    </message>
    <message>
        <source>canceled</source>
        <translation>キャンセル済み</translation>
    </message>
    <message>
        <source>There is no batch {batch}.</source>
        <translation>バッチ {batch} はありません。</translation>
    </message>
    <message>
        <source>A Vertex batch reads and writes its files in a Cloud Storage bucket: name one with --bucket gs://BUCKET/FOLDER.</source>
        <translation>Vertex のバッチは Cloud Storage バケットでファイルを読み書きします。--bucket gs://BUCKET/FOLDER でバケットを指定してください。</translation>
    </message>
    <message>
        <source>Unknown batch mode “{mode}”.</source>
        <translation>不明なバッチモード「{mode}」です。</translation>
    </message>
    <message>
        <source>Google did not name the new batch.</source>
        <translation>新しいバッチの名前を Google が返しませんでした。</translation>
    </message>
    <message>
        <source>Canceled before the batch was sent; nothing was billed.</source>
        <translation>バッチの送信前にキャンセルしました。課金はありません。</translation>
    </message>
    <message>
        <source>The batch {batch} has not reached Google yet; nothing to download.</source>
        <translation>バッチ {batch} はまだ Google に届いていません。ダウンロードするものはありません。</translation>
    </message>
    <message>
        <source>The batch {batch} is still {state} at Google; its results can be downloaded when it has finished.</source>
        <translation>バッチ {batch} は Google でまだ「{state}」です。完了すると結果をダウンロードできます。</translation>
    </message>
    <message>
        <source>The batch&apos;s result file is missing from the bucket; the rows that were not downloaded are marked failed.</source>
        <translation>バッチの結果ファイルがバケットにありません。ダウンロードされていない行は失敗として記録されます。</translation>
    </message>
    <message>
        <source>The batch expired before Google ran this row (Google gives a batch 48 hours); submit the sheet again for the rows that are missing.</source>
        <translation>Google がこの行を実行する前にバッチの期限が切れました (Google はバッチに 48 時間を割り当てます)。不足している行についてシートをもう一度送信してください。</translation>
    </message>
    <message>
        <source>The batch was canceled before this row ran; it was not billed.</source>
        <translation>この行の実行前にバッチがキャンセルされました。課金はありません。</translation>
    </message>
    <message>
        <source>Google could not run the batch ({detail}).</source>
        <translation>Google はバッチを実行できませんでした ({detail})。</translation>
    </message>
    <message>
        <source>Google could not run the batch.</source>
        <translation>Google はバッチを実行できませんでした。</translation>
    </message>
    <message>
        <source>Google returned no result for this row.</source>
        <translation>Google はこの行の結果を返しませんでした。</translation>
    </message>
    <message>
        <source>The job ended {status}.</source>
        <translation>ジョブは「{status}」で終了しました。</translation>
    </message>
    <message numerus="yes">
        <source>{problem} (%n more row(s) with problems.)</source>
        <translation>
            <numerusform>{problem} (ほかに %n 行にも問題があります。)</numerusform>
        </translation>
    </message>
    <message>
        <source>No row of the sheet “{sheet}” can be sent; fix the rows listed.</source>
        <translation>シート「{sheet}」には送信できる行がありません。表示された行を修正してください。</translation>
    </message>
    <message>
        <source>The sheet “{sheet}” is empty: row 1 should be a header (prompt, aspect ratio, size, count, seed, system instruction, reference paths, output name, tags) and each row after it one image.</source>
        <translation>シート「{sheet}」は空です。1 行目はヘッダー (prompt, aspect ratio, size, count, seed, system instruction, reference paths, output name, tags) にし、2 行目以降は 1 行につき 1 枚の画像にしてください。</translation>
    </message>
    <message>
        <source>The sheet {path} cannot be opened.</source>
        <translation>シート {path} を開けません。</translation>
    </message>
    <message>
        <source>The sheet “{sheet}” is {size}, more than a prompt sheet may be ({limit}, about 100,000 rows); nothing was read from row 1 on. Split it into smaller sheets.</source>
        <translation>シート「{sheet}」は {size} あり、プロンプトシートの上限 ({limit}、約 100,000 行) を超えています。1 行も読み込んでいません。小さいシートに分割してください。</translation>
    </message>
    <message>
        <source>The sheet {path} cannot be read.</source>
        <translation>シート {path} を読み取れません。</translation>
    </message>
    <message>
        <source>Row 1 (the header) of “{sheet}” has no “prompt” column; its columns are {columns}. Name one column “prompt”.</source>
        <translation>「{sheet}」の 1 行目 (ヘッダー) に「prompt」列がありません。列は {columns} です。いずれかの列の名前を「prompt」にしてください。</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Row {row} cannot be read as a table row ({error}).</source>
        <translation>{row} 行目を表の行として読み取れません ({error})。</translation>
    </message>
    <message>
        <source>The sheet “{sheet}” has a header in row 1 but no rows below it: add one row per image from row 2 on.</source>
        <translation>シート「{sheet}」の 1 行目にはヘッダーがありますが、その下に行がありません。2 行目から画像 1 枚につき 1 行を追加してください。</translation>
    </message>
    <message>
        <source>Row {row} of “{sheet}” is not UTF-8 text (byte {byte} at character {column}); the sheet was probably saved as Latin-1 or Windows-1252. Save it as “CSV UTF-8” and import it again.</source>
        <translation>「{sheet}」の {row} 行目は UTF-8 テキストではありません ({column} 文字目のバイト {byte})。シートが Latin-1 または Windows-1252 で保存された可能性があります。「CSV UTF-8」形式で保存して、もう一度読み込んでください。</translation>
    </message>
    <message>
        <source>Row {row} has no prompt.</source>
        <translation>{row} 行目にプロンプトがありません。</translation>
    </message>
    <message>
        <source>Row {row}: the prompt has an unmatched “{open}” or “{close}”; write {open}{open} or {close}{close} for a literal brace.</source>
        <translation>{row} 行目: プロンプトに対応していない「{open}」または「{close}」があります。波括弧そのものを書くには {open}{open} または {close}{close} と入力してください。</translation>
    </message>
    <message>
        <source>Row {row}: the prompt uses {placeholder} but the sheet has no “{column}” column.</source>
        <translation>{row} 行目: プロンプトで {placeholder} を使用していますが、シートに「{column}」列がありません。</translation>
    </message>
    <message>
        <source>Row {row}: the prompt uses {placeholder} but that cell is empty.</source>
        <translation>{row} 行目: プロンプトで {placeholder} を使用していますが、そのセルが空です。</translation>
    </message>
    <message>
        <source>Row {row}: the aspect ratio “{ratio}” is not one {model} makes; use one of {ratios}.</source>
        <translation>{row} 行目: アスペクト比「{ratio}」は {model} では生成できません。{ratios} のいずれかを使用してください。</translation>
    </message>
    <message>
        <source>Row {row}: the size “{size}” is not one {model} makes; use {sizes}.</source>
        <translation>{row} 行目: サイズ「{size}」は {model} では生成できません。{sizes} を使用してください。</translation>
    </message>
    <message>
        <source>Row {row}: the count “{count}” must be a whole number from 1 to {most}.</source>
        <translation>{row} 行目: 枚数「{count}」は 1～{most} の整数にしてください。</translation>
    </message>
    <message>
        <source>Row {row}: the seed “{seed}” is not a whole number.</source>
        <translation>{row} 行目: シード「{seed}」が整数ではありません。</translation>
    </message>
    <message>
        <source>Row {row}: the reference image “{name}” does not exist (looked for {path}).</source>
        <translation>{row} 行目: 参照画像「{name}」が存在しません ({path} を確認しました)。</translation>
    </message>
    <message numerus="yes">
        <source>Row {row}: %n reference image(s); {model} takes at most {most}.</source>
        <translation>
            <numerusform>{row} 行目: 参照画像が %n 枚あります。{model} で使えるのは最大 {most} 枚です。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BatchesPane</name>
    <message>
        <source>Sheet</source>
        <translation>シート</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>行数</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>Elapsed</source>
        <translation>経過時間</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>コスト</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>モード</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>バッチ</translation>
    </message>
    <message>
        <source>validating</source>
        <translation>検証中</translation>
    </message>
    <message>
        <source>queued</source>
        <translation>待機中</translation>
    </message>
    <message>
        <source>running</source>
        <translation>実行中</translation>
    </message>
    <message>
        <source>downloading</source>
        <translation>ダウンロード中</translation>
    </message>
    <message>
        <source>uploading</source>
        <translation>アップロード中</translation>
    </message>
    <message>
        <source>succeeded</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>partly failed</source>
        <translation>一部失敗</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>期限切れ</translation>
    </message>
    <message>
        <source>canceled</source>
        <translation>キャンセル済み</translation>
    </message>
    <message>
        <source>inline</source>
        <translation>インライン</translation>
    </message>
    <message>
        <source>file</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>vertex</source>
        <translation>Vertex</translation>
    </message>
    <message>
        <source>interactive</source>
        <translation>インタラクティブ</translation>
    </message>
    <message>
        <source>Import prompt sheet…</source>
        <translation>プロンプトシートを読み込み…</translation>
    </message>
    <message>
        <source>Cancel batch</source>
        <translation>バッチをキャンセル</translation>
    </message>
    <message>
        <source>Check now</source>
        <translation>今すぐ確認</translation>
    </message>
    <message>
        <source>Ask Google now instead of at the next scheduled check</source>
        <translation>次回の定期確認を待たずに今すぐ Google に問い合わせます</translation>
    </message>
    <message>
        <source>Row {number} ({key}): {error}</source>
        <translation>{number} 行目 ({key}): {error}</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… ほか %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>Batch “{sheet}” journalled; sending it to Google.</source>
        <translation>バッチ「{sheet}」を記録しました。Google に送信しています。</translation>
    </message>
    <message numerus="yes">
        <source>Batch “{sheet}”: %n image(s) are in the library on the board “{sheet}”.</source>
        <translation>
            <numerusform>バッチ「{sheet}」: %n 枚の画像がライブラリのボード「{sheet}」にあります。</numerusform>
        </translation>
    </message>
    <message>
        <source>{cost} (interactive)</source>
        <translation>{cost} (インタラクティブ)</translation>
    </message>
    <message>
        <source>{cost} (batch price)</source>
        <translation>{cost} (バッチ料金)</translation>
    </message>
    <message>
        <source>Batches</source>
        <translation>バッチ</translation>
    </message>
    <message>
        <source>Generate a CSV/TSV sheet of prompts at batch price (half the interactive price) or through the queue</source>
        <translation>プロンプトの CSV/TSV シートを、バッチ料金 (インタラクティブ料金の半額) またはキューで生成します</translation>
    </message>
</context>
<context>
    <name>BoardList</name>
    <message>
        <source>Boards</source>
        <translation>ボード</translation>
    </message>
    <message>
        <source>All images
{images}</source>
        <translation>すべての画像
{images}</translation>
    </message>
    <message>
        <source>{board}: drop images here, or select images and press B</source>
        <translation>{board}: ここに画像をドロップするか、画像を選択して B を押します</translation>
    </message>
    <message>
        <source>New board…</source>
        <translation>新規ボード…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>名前を変更…</translation>
    </message>
    <message>
        <source>Delete board</source>
        <translation>ボードを削除</translation>
    </message>
</context>
<context>
    <name>CatalogText</name>
    <message>
        <source>Deprecated since {deprecated}, shut down on {shutdown}.</source>
        <translation>{deprecated} から非推奨、{shutdown} に提供終了。</translation>
    </message>
    <message>
        <source>Deprecated since {deprecated}.</source>
        <translation>{deprecated} から非推奨。</translation>
    </message>
    <message>
        <source>Shut down on {shutdown}.</source>
        <translation>{shutdown} に提供終了。</translation>
    </message>
    <message>
        <source>Always thinks; 4K is Preview on Vertex. Takes images only as references.</source>
        <translation>常に思考します。4K は Vertex ではプレビューです。画像は参照としてのみ受け付けます。</translation>
    </message>
    <message>
        <source>Nano Banana Pro (preview, retired on AI Studio)</source>
        <translation>Nano Banana Pro (プレビュー、AI Studio では提供終了)</translation>
    </message>
    <message>
        <source>Use gemini-3-pro-image.</source>
        <translation>gemini-3-pro-image を使用してください。</translation>
    </message>
    <message>
        <source>GA on 2026-10-06; Google&apos;s recommended image model.</source>
        <translation>2026-10-06 に GA。Google 推奨の画像モデルです。</translation>
    </message>
    <message>
        <source>GA on 2026-06-30; fast, 1K only; no Flex or Priority tier.</source>
        <translation>2026-06-30 に GA。高速、1K のみ。Flex と Priority の階層はありません。</translation>
    </message>
    <message>
        <source>Use gemini-nano-banana-2.1.</source>
        <translation>gemini-nano-banana-2.1 を使用してください。</translation>
    </message>
    <message>
        <source>1K only.</source>
        <translation>1K のみ。</translation>
    </message>
</context>
<context>
    <name>ComposePanel</name>
    <message>
        <source>Describe the image…   ({keys} queues it)</source>
        <translation>画像の説明を入力…   ({keys} でキューに追加)</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>プロンプト</translation>
    </message>
    <message>
        <source>History</source>
        <translation>履歴</translation>
    </message>
    <message>
        <source>Earlier prompts</source>
        <translation>以前のプロンプト</translation>
    </message>
    <message>
        <source>System instruction</source>
        <translation>システム指示</translation>
    </message>
    <message>
        <source>Standing instructions sent with every prompt (optional)</source>
        <translation>すべてのプロンプトと一緒に送信される固定の指示 (省略可)</translation>
    </message>
    <message>
        <source>e.g. You are a product photographer. Clean studio light.</source>
        <translation>例: あなたは商品写真のカメラマンです。クリーンなスタジオ照明。</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>追加…</translation>
    </message>
    <message>
        <source>Add reference images from files</source>
        <translation>ファイルから参照画像を追加</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>接続</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>モデル</translation>
    </message>
    <message>
        <source>The model id; you can type a newer one</source>
        <translation>モデル ID。新しいモデル ID を入力することもできます</translation>
    </message>
    <message>
        <source>About the model</source>
        <translation>モデルについて</translation>
    </message>
    <message>
        <source>Aspect ratio</source>
        <translation>アスペクト比</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <source>Thinking level</source>
        <translation>思考レベル</translation>
    </message>
    <message>
        <source>Thinking</source>
        <translation>思考</translation>
    </message>
    <message>
        <source>Google Search grounding</source>
        <translation>Google 検索によるグラウンディング</translation>
    </message>
    <message>
        <source>Let the model look things up on the web (billed separately)</source>
        <translation>モデルが Web で情報を調べられるようにします (別途課金)</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>枚数</translation>
    </message>
    <message>
        <source>How many jobs to queue with these settings</source>
        <translation>この設定でキューに追加するジョブの数</translation>
    </message>
    <message>
        <source>2×2 variations grid</source>
        <translation>2×2 バリエーショングリッド</translation>
    </message>
    <message>
        <source>Four variations in one request (a quarter of the cost); the grid and its four tiles are saved</source>
        <translation>1 回のリクエストで 4 つのバリエーション (コストは 4 分の 1)。グリッドと 4 つのタイルが保存されます</translation>
    </message>
    <message>
        <source>random</source>
        <translation>ランダム</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>シード</translation>
    </message>
    <message>
        <source>Estimated cost</source>
        <translation>推定コスト</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>キューに追加</translation>
    </message>
    <message>
        <source>Queue this generation ({keys})</source>
        <translation>この生成をキューに追加 ({keys})</translation>
    </message>
    <message>
        <source>References</source>
        <translation>参照</translation>
    </message>
    <message>
        <source>Queue generation</source>
        <translation>生成をキューに追加</translation>
    </message>
    <message>
        <source>Queue this generation</source>
        <translation>この生成をキューに追加</translation>
    </message>
    <message>
        <source>default ({level})</source>
        <translation>デフォルト ({level})</translation>
    </message>
    <message>
        <source>default</source>
        <translation>デフォルト</translation>
    </message>
    <message>
        <source>{estimate} (4 images per job)</source>
        <translation>{estimate} (ジョブあたり 4 枚)</translation>
    </message>
    <message>
        <source>{estimate} at the {tier} tier</source>
        <translation>{estimate} ({tier} 階層)</translation>
    </message>
    <message>
        <source>No earlier prompts</source>
        <translation>以前のプロンプトはありません</translation>
    </message>
    <message>
        <source>Add reference images</source>
        <translation>参照画像を追加</translation>
    </message>
    <message>
        <source>Images, PDFs and videos (*.png *.jpg *.jpeg *.webp *.heic *.heif *.pdf *.mp4 *.mov *.webm *.mpg *.mpeg);;Images (*.png *.jpg *.jpeg *.webp *.heic *.heif)</source>
        <translation>画像、PDF、動画 (*.png *.jpg *.jpeg *.webp *.heic *.heif *.pdf *.mp4 *.mov *.webm *.mpg *.mpeg);;画像 (*.png *.jpg *.jpeg *.webp *.heic *.heif)</translation>
    </message>
</context>
<context>
    <name>ConnectionEditor</name>
    <message>
        <source>An API key from Google AI Studio (aistudio.google.com → Get API key). Image generation needs a project with billing enabled.</source>
        <translation>Google AI Studio の API キー (aistudio.google.com → Get API key)。画像生成には課金が有効なプロジェクトが必要です。</translation>
    </message>
    <message>
        <source>A service-account key file (JSON) from the Google Cloud console. Drop the file here; the project is read from it.</source>
        <translation>Google Cloud コンソールで作成したサービスアカウントのキーファイル (JSON)。ここにファイルをドロップしてください。プロジェクトはファイルから読み取られます。</translation>
    </message>
    <message>
        <source>An API key for Vertex AI express mode (no project needed).</source>
        <translation>Vertex AI エクスプレスモード用の API キー (プロジェクト不要)。</translation>
    </message>
    <message>
        <source>A relay or gateway that speaks the OpenAI images API (LiteLLM and others): its base URL and key. The gateway retries by itself, so the app sends each request once (one retry layer, not two).</source>
        <translation>OpenAI の画像 API に対応したリレーまたはゲートウェイ (LiteLLM など) のベース URL とキー。ゲートウェイ自体が再試行するため、アプリは各リクエストを 1 回だけ送信します (再試行は 2 重ではなく 1 層のみ)。</translation>
    </message>
    <message>
        <source>Edit connection</source>
        <translation>接続を編集</translation>
    </message>
    <message>
        <source>Add connection</source>
        <translation>接続を追加</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>モデル</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API キー</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>表示</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>ファイルを選択…</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>プロジェクト</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>ロケーション</translation>
    </message>
    <message>
        <source>Service tier</source>
        <translation>サービス階層</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Flex: half price, answers may take minutes</source>
        <translation>Flex: 半額、応答に数分かかる場合があります</translation>
    </message>
    <message>
        <source>Priority: faster, costs more</source>
        <translation>Priority: 高速、料金は割高</translation>
    </message>
    <message>
        <source>Google&apos;s service tier for this connection; a model that refuses it gets Standard from then on</source>
        <translation>この接続で使う Google のサービス階層。モデルが拒否した場合、以降は Standard を使用します</translation>
    </message>
    <message>
        <source>optional: a relay, private endpoint or the emulator</source>
        <translation>省略可: リレー、プライベートエンドポイント、またはエミュレーター</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>ベース URL</translation>
    </message>
    <message>
        <source>Test result</source>
        <translation>テスト結果</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>接続をテスト</translation>
    </message>
    <message>
        <source>A real call to check the key, project and model: free at Google; through a gateway, one tiny text request (a fraction of a cent)</source>
        <translation>実際に呼び出して、キー、プロジェクト、モデルを確認します。Google では無料、ゲートウェイ経由ではごく小さなテキストリクエストを 1 回送信します (1 セント未満)</translation>
    </message>
    <message>
        <source>Key file</source>
        <translation>キーファイル</translation>
    </message>
    <message>
        <source>Jobs at once</source>
        <translation>同時実行ジョブ数</translation>
    </message>
    <message>
        <source>Requests per minute</source>
        <translation>1 分あたりのリクエスト数</translation>
    </message>
    <message>
        <source>unchanged (stored in the keychain)</source>
        <translation>変更なし (キーチェーンに保存済み)</translation>
    </message>
    <message>
        <source>required: https://…</source>
        <translation>必須: https://…</translation>
    </message>
    <message>
        <source>Service-account key file</source>
        <translation>サービスアカウントのキーファイル</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>“{name}” cannot be read.</source>
        <translation>「{name}」を読み取れません。</translation>
    </message>
    <message>
        <source>✗ {name}: drop another key file here</source>
        <translation>✗ {name}: 別のキーファイルをここにドロップしてください</translation>
    </message>
    <message>
        <source>Jobs sent at the same time through this connection</source>
        <translation>この接続で同時に送信するジョブ数</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>制限なし</translation>
    </message>
    <message>
        <source>Requests per minute through this connection (0: no limit), kept on our side so Google&apos;s rate limits are not hit</source>
        <translation>この接続での 1 分あたりのリクエスト数 (0: 制限なし)。Google のレート制限に達しないよう、アプリ側で制御します</translation>
    </message>
    <message>
        <source>as in Settings → Queue ({current})</source>
        <translation>設定 → キューと同じ ({current})</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>テスト中…</translation>
    </message>
    <message>
        <source>Enter the {secret} first.</source>
        <translation>先に{secret}を入力してください。</translation>
    </message>
</context>
<context>
    <name>ConnectionText</name>
    <message>
        <source>Vertex AI express mode</source>
        <translation>Vertex AI エクスプレスモード</translation>
    </message>
    <message>
        <source>OpenAI-compatible gateway</source>
        <translation>OpenAI 互換ゲートウェイ</translation>
    </message>
    <message>
        <source>service-account key</source>
        <translation>サービスアカウントキー</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API キー</translation>
    </message>
    <message>
        <source>Give the connection a name.</source>
        <translation>接続に名前を付けてください。</translation>
    </message>
    <message>
        <source>A gateway connection needs its base URL (for example https://relay.example.com).</source>
        <translation>ゲートウェイ接続にはベース URL が必要です (例: https://relay.example.com)。</translation>
    </message>
    <message>
        <source>The base URL “{url}” must start with https:// (or http://).</source>
        <translation>ベース URL「{url}」は https:// (または http://) で始まる必要があります。</translation>
    </message>
    <message>
        <source>The service tier “{tier}” is not one of {choices}.</source>
        <translation>サービス階層「{tier}」は {choices} のいずれでもありません。</translation>
    </message>
    <message>
        <source>A Vertex connection needs a project ID (it is usually read from the service-account file).</source>
        <translation>Vertex 接続にはプロジェクト ID が必要です (通常はサービスアカウントファイルから読み取られます)。</translation>
    </message>
    <message>
        <source>The {label} is empty.</source>
        <translation>{label}が空です。</translation>
    </message>
    <message>
        <source>The secret of “{name}” is not in the keychain any more; enter it again.</source>
        <translation>「{name}」のシークレットがキーチェーンにありません。もう一度入力してください。</translation>
    </message>
    <message>
        <source>The {label} for “{name}” is not in the keychain any more. Edit the connection and enter it again.</source>
        <translation>「{name}」の{label}がキーチェーンにありません。接続を編集して、もう一度入力してください。</translation>
    </message>
    <message>
        <source>The key stored for “{name}”</source>
        <translation>「{name}」用に保存されたキー</translation>
    </message>
    <message>
        <source>An invisible byte-order mark at the start of the {label} was removed.</source>
        <translation>{label}の先頭にある不可視のバイトオーダーマークを削除しました。</translation>
    </message>
    <message>
        <source>The {label} has {character} inside it (character {position}); it must be one line of letters and digits. Copy it again from the console.</source>
        <translation>{label}に{character}が含まれています ({position} 文字目)。英数字だけの 1 行である必要があります。コンソールからもう一度コピーしてください。</translation>
    </message>
    <message>
        <source>The {label} contains a character that is not plain ASCII (character {position}); it may only have letters, digits and a few marks. Copy it again from the console.</source>
        <translation>{label}に通常の ASCII ではない文字が含まれています ({position} 文字目)。使用できるのは英数字といくつかの記号だけです。コンソールからもう一度コピーしてください。</translation>
    </message>
    <message>
        <source>a line break</source>
        <translation>改行</translation>
    </message>
    <message>
        <source>a tab</source>
        <translation>タブ</translation>
    </message>
    <message>
        <source>a NUL character</source>
        <translation>NUL 文字</translation>
    </message>
    <message>
        <source>a space</source>
        <translation>スペース</translation>
    </message>
    <message>
        <source>an invisible character</source>
        <translation>不可視文字</translation>
    </message>
    <message>
        <source>{path} is not a regular file; choose the JSON key file itself.</source>
        <translation>{path} は通常のファイルではありません。JSON キーファイルそのものを選択してください。</translation>
    </message>
    <message>
        <source>The service-account file {path} cannot be read.</source>
        <translation>サービスアカウントファイル {path} を読み取れません。</translation>
    </message>
    <message>
        <source>{source} is {size} KB; a Google service-account key file is about 2 KB (at most {limit} KB is accepted). Choose the JSON key file the Google Cloud console downloaded.</source>
        <translation>{source} は {size} KB です。Google のサービスアカウントキーファイルは約 2 KB です (最大 {limit} KB まで受け付けます)。Google Cloud コンソールからダウンロードした JSON キーファイルを選択してください。</translation>
    </message>
    <message>
        <source>The file</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>No system keychain is available, so the secret cannot be stored safely. Install and unlock a Secret Service keychain (GNOME Keyring or KWallet) and sign in to a desktop session, then try again.</source>
        <translation>システムのキーチェーンを利用できないため、シークレットを安全に保存できません。Secret Service 対応のキーチェーン (GNOME Keyring または KWallet) をインストールしてロックを解除し、デスクトップセッションにサインインしてから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>No system keychain is available, so the secret cannot be stored safely. Check that your system keychain is unlocked, then try again.</source>
        <translation>システムのキーチェーンを利用できないため、シークレットを安全に保存できません。システムのキーチェーンのロックが解除されていることを確認して、もう一度お試しください。</translation>
    </message>
    <message>
        <source>The system keychain is locked. Unlock it and try again.</source>
        <translation>システムのキーチェーンがロックされています。ロックを解除して、もう一度お試しください。</translation>
    </message>
    <message>
        <source>The system keychain refused to store or read the secret.</source>
        <translation>システムのキーチェーンがシークレットの保存または読み取りを拒否しました。</translation>
    </message>
    <message>
        <source>“{name}” works: {service} accepted the credentials for {model}.</source>
        <translation>「{name}」は動作しています: {service} が {model} の認証情報を受け付けました。</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>The gateway accepted the key but does not list the model “{model}” (it lists: {models}).</source>
        <translation>ゲートウェイはキーを受け付けましたが、モデル「{model}」が一覧にありません (一覧: {models})。</translation>
    </message>
    <message>
        <source>“{name}” works: the gateway accepted the key, lists {model}, and the model answered a one-word test through it.</source>
        <translation>「{name}」は動作しています: ゲートウェイがキーを受け付け、{model} が一覧にあり、ゲートウェイ経由で 1 語のテストにモデルが応答しました。</translation>
    </message>
    <message>
        <source>“{name}” works as far as the gateway shows: it accepted the key and lists {model}. It offers no small request that reaches the model, so whether the model answers shows with the first image.</source>
        <translation>「{name}」は、ゲートウェイで確認できる範囲では動作しています: キーが受け付けられ、{model} が一覧にあります。ゲートウェイにはモデルまで届く小さなリクエストがないため、モデルが応答するかどうかは最初の画像でわかります。</translation>
    </message>
    <message>
        <source>The gateway accepted your key and lists {model}, but the service behind it refused the gateway&apos;s own credentials (HTTP {status}). Ask the gateway&apos;s operator to check them.</source>
        <translation>ゲートウェイはキーを受け付け、{model} も一覧にありますが、その背後のサービスがゲートウェイ自身の認証情報を拒否しました (HTTP {status})。ゲートウェイの運営者に確認を依頼してください。</translation>
    </message>
    <message>
        <source>The gateway accepted the key and lists {model}, but has no free capacity for it right now (HTTP 429): {said}</source>
        <translation>ゲートウェイはキーを受け付け、{model} も一覧にありますが、現在そのモデルに空き容量がありません (HTTP 429): {said}</translation>
    </message>
    <message>
        <source>The gateway accepted the key and lists {model}, but could not get an answer from the model behind it (HTTP {status}): {said}</source>
        <translation>ゲートウェイはキーを受け付け、{model} も一覧にありますが、背後のモデルから応答を得られませんでした (HTTP {status}): {said}</translation>
    </message>
    <message>
        <source>“{name}” works as far as the gateway shows: it accepted the key and lists {model}, but refused the small test request (HTTP {status}: {said}), so whether the model answers shows with the first image.</source>
        <translation>「{name}」は、ゲートウェイで確認できる範囲では動作しています: キーが受け付けられ、{model} が一覧にありますが、小さなテストリクエストは拒否されました (HTTP {status}: {said})。モデルが応答するかどうかは最初の画像でわかります。</translation>
    </message>
</context>
<context>
    <name>ContentCredentialsPage</name>
    <message>
        <source>none: this computer&apos;s own certificate</source>
        <translation>なし: このコンピューター独自の証明書</translation>
    </message>
    <message>
        <source>Signing certificate file</source>
        <translation>署名証明書ファイル</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>選択…</translation>
    </message>
    <message>
        <source>Use this computer&apos;s own</source>
        <translation>このコンピューター独自の証明書を使用</translation>
    </message>
    <message>
        <source>kept in the system keychain</source>
        <translation>システムのキーチェーンに保存</translation>
    </message>
    <message>
        <source>Certificate password</source>
        <translation>証明書のパスワード</translation>
    </message>
    <message>
        <source>Check certificate</source>
        <translation>証明書を確認</translation>
    </message>
    <message>
        <source>none (e.g. {url})</source>
        <translation>なし (例: {url})</translation>
    </message>
    <message>
        <source>Time-stamp server</source>
        <translation>タイムスタンプサーバー</translation>
    </message>
    <message>
        <source>Signing certificate status</source>
        <translation>署名証明書の状態</translation>
    </message>
    <message>
        <source>Exports that change a file get new Content Credentials (C2PA) with Google&apos;s as their ingredient, signed by:</source>
        <translation>ファイルに変更を加える書き出しには、Google のものを素材 (ingredient) とする新しいコンテンツ認証情報 (C2PA) が付与され、次の署名者が署名します:</translation>
    </message>
    <message>
        <source>Certificate (PEM or PKCS#12)</source>
        <translation>証明書 (PEM または PKCS#12)</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>パスワード</translation>
    </message>
    <message>
        <source>Signed with this computer&apos;s own certificate.</source>
        <translation>このコンピューター独自の証明書で署名します。</translation>
    </message>
    <message>
        <source>✓ “{signer}” can sign Content Credentials until {date}.</source>
        <translation>✓「{signer}」は {date} までコンテンツ認証情報に署名できます。</translation>
    </message>
    <message>
        <source>Your certificate is used; press Check certificate to test it.</source>
        <translation>あなたの証明書を使用します。「証明書を確認」を押してテストしてください。</translation>
    </message>
    <message>
        <source>Signing certificate</source>
        <translation>署名証明書</translation>
    </message>
    <message>
        <source>Certificates with key (*.pem *.p12 *.pfx)</source>
        <translation>キー付き証明書 (*.pem *.p12 *.pfx)</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>確認中…</translation>
    </message>
</context>
<context>
    <name>DateRangeDialog</name>
    <message>
        <source>Date range</source>
        <translation>日付範囲</translation>
    </message>
    <message>
        <source>From</source>
        <translation>開始</translation>
    </message>
    <message>
        <source>To (inclusive)</source>
        <translation>終了 (この日を含む)</translation>
    </message>
</context>
<context>
    <name>EditDialog</name>
    <message>
        <source>Edit this image</source>
        <translation>この画像を編集</translation>
    </message>
    <message>
        <source>What should change? (Google sees the image and the conversation so far.)</source>
        <translation>何を変更しますか? (Google には画像とこれまでのやり取りが送られます。)</translation>
    </message>
    <message>
        <source>What should change</source>
        <translation>変更内容</translation>
    </message>
    <message>
        <source>e.g. make the sky stormy   ({keys} queues it)</source>
        <translation>例: 空を嵐のようにする   ({keys} でキューに追加)</translation>
    </message>
    <message>
        <source>Queue edit</source>
        <translation>編集をキューに追加</translation>
    </message>
</context>
<context>
    <name>EditHistory</name>
    <message>
        <source>Re-rendered at {size}</source>
        <translation>{size} で再レンダリング済み</translation>
    </message>
    <message>
        <source>Re-rendered at a larger size</source>
        <translation>より大きいサイズで再レンダリング済み</translation>
    </message>
    <message>
        <source>(no prompt)</source>
        <translation>(プロンプトなし)</translation>
    </message>
    <message>
        <source>Generated: {prompt}</source>
        <translation>生成: {prompt}</translation>
    </message>
    <message>
        <source>Edit: {prompt}</source>
        <translation>編集: {prompt}</translation>
    </message>
    <message>
        <source>Edit history</source>
        <translation>編集履歴</translation>
    </message>
    <message>
        <source>Show an image to see its edits.</source>
        <translation>画像を表示すると、その編集履歴が表示されます。</translation>
    </message>
    <message>
        <source>Branch from this turn…</source>
        <translation>このターンから分岐…</translation>
    </message>
    <message>
        <source>Edit the chosen turn: a new branch, leaving later edits as they are</source>
        <translation>選択したターンを編集します。新しい分岐を作成し、それ以降の編集はそのまま残します</translation>
    </message>
    <message>
        <source>A single turn: no edits yet.</source>
        <translation>ターンは 1 つだけです。まだ編集はありません。</translation>
    </message>
    <message numerus="yes">
        <source>%n turns in this edit tree.</source>
        <translation>
            <numerusform>この編集ツリーには %n 個のターンがあります。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <source>&lt;b&gt;Your library is empty.&lt;/b&gt;&lt;br&gt;Every image you generate lands here. Write a prompt in Compose and press {keys}.</source>
        <translation>&lt;b&gt;ライブラリは空です。&lt;/b&gt;&lt;br&gt;生成した画像はすべてここに保存されます。作成パネルにプロンプトを入力して {keys} を押してください。</translation>
    </message>
    <message>
        <source>&lt;b&gt;No image matches the search and filters.&lt;/b&gt;&lt;br&gt;“Clear filters” shows the whole library again.</source>
        <translation>&lt;b&gt;検索とフィルターに一致する画像はありません。&lt;/b&gt;&lt;br&gt;「フィルターをクリア」でライブラリ全体が再び表示されます。</translation>
    </message>
    <message>
        <source>&lt;b&gt;This board is empty.&lt;/b&gt;&lt;br&gt;Drag images onto it in the list, or select images and press B.</source>
        <translation>&lt;b&gt;このボードは空です。&lt;/b&gt;&lt;br&gt;一覧で画像をボードにドラッグするか、画像を選択して B を押してください。</translation>
    </message>
    <message>
        <source>&lt;b&gt;The queue is empty.&lt;/b&gt;&lt;br&gt;Write a prompt in Compose and press {keys}: jobs wait and run here, with their progress, time and cost.</source>
        <translation>&lt;b&gt;キューは空です。&lt;/b&gt;&lt;br&gt;作成パネルにプロンプトを入力して {keys} を押してください。ジョブはここで待機・実行され、進行状況、時間、コストが表示されます。</translation>
    </message>
    <message>
        <source>&lt;b&gt;No image yet.&lt;/b&gt;&lt;br&gt;Write a prompt in Compose and press {keys}, or open an image from the Library.</source>
        <translation>&lt;b&gt;画像はまだありません。&lt;/b&gt;&lt;br&gt;作成パネルにプロンプトを入力して {keys} を押すか、ライブラリから画像を開いてください。</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <source>{seconds} s</source>
        <translation>{seconds} 秒</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} 分</translation>
    </message>
    <message>
        <source>{hours} h {minutes} min</source>
        <translation>{hours} 時間 {minutes} 分</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message numerus="yes">
        <source>Export %n image(s)</source>
        <translation>
            <numerusform>%n 枚の画像を書き出し</numerusform>
        </translation>
    </message>
    <message>
        <source>Preset</source>
        <translation>プリセット</translation>
    </message>
    <message>
        <source>Save as preset…</source>
        <translation>プリセットとして保存…</translation>
    </message>
    <message>
        <source>Original (exact copy)</source>
        <translation>オリジナル (完全なコピー)</translation>
    </message>
    <message>
        <source>JPEG quality</source>
        <translation>JPEG 品質</translation>
    </message>
    <message>
        <source>Estimated file size</source>
        <translation>推定ファイルサイズ</translation>
    </message>
    <message>
        <source>4:4:4 keeps full colour detail (print); 4:2:0 is smaller (web)</source>
        <translation>4:4:4 は色の細部をすべて保持 (印刷向け)、4:2:0 はサイズが小さくなります (Web 向け)</translation>
    </message>
    <message>
        <source>Progressive</source>
        <translation>プログレッシブ</translation>
    </message>
    <message>
        <source>Original size</source>
        <translation>元のサイズ</translation>
    </message>
    <message>
        <source>Long edge</source>
        <translation>長辺</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>用紙サイズ</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>レター</translation>
    </message>
    <message>
        <source>Embed sRGB</source>
        <translation>sRGB を埋め込み</translation>
    </message>
    <message>
        <source>Convert to profile…</source>
        <translation>プロファイル変換…</translation>
    </message>
    <message>
        <source>No profile</source>
        <translation>プロファイルなし</translation>
    </message>
    <message>
        <source>an RGB or CMYK .icc profile (e.g. from your print shop)</source>
        <translation>RGB または CMYK の .icc プロファイル (印刷会社から入手したものなど)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>選択…</translation>
    </message>
    <message>
        <source>relative</source>
        <translation>相対的な色域を維持</translation>
    </message>
    <message>
        <source>perceptual</source>
        <translation>知覚的</translation>
    </message>
    <message>
        <source>saturation</source>
        <translation>彩度</translation>
    </message>
    <message>
        <source>absolute</source>
        <translation>絶対的な色域を維持</translation>
    </message>
    <message>
        <source>Prompt, model and AI source (XMP)</source>
        <translation>プロンプト、モデル、AI ソース (XMP)</translation>
    </message>
    <message>
        <source>Strip everything</source>
        <translation>すべて削除</translation>
    </message>
    <message>
        <source>Content Credentials</source>
        <translation>コンテンツ認証情報</translation>
    </message>
    <message>
        <source>Keep Google&apos;s and sign what this export changes</source>
        <translation>Google のものを保持し、この書き出しによる変更に署名</translation>
    </message>
    <message>
        <source>Strip all provenance</source>
        <translation>来歴情報をすべて削除</translation>
    </message>
    <message>
        <source>Content Credentials (C2PA) say who made the image and how it was changed. {signer_note}</source>
        <translation>コンテンツ認証情報 (C2PA) は、画像の作成者と変更内容を示します。{signer_note}</translation>
    </message>
    <message>
        <source>Compression warning</source>
        <translation>圧縮に関する警告</translation>
    </message>
    <message>
        <source>Use Original instead</source>
        <translation>代わりに「オリジナル」を使用</translation>
    </message>
    <message>
        <source>Re-encode anyway</source>
        <translation>それでも再エンコード</translation>
    </message>
    <message>
        <source>Write a CSV of the metadata</source>
        <translation>メタデータの CSV を書き出す</translation>
    </message>
    <message>
        <source>Make a contact sheet (PDF)</source>
        <translation>コンタクトシートを作成 (PDF)</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>形式</translation>
    </message>
    <message>
        <source>Chroma</source>
        <translation>クロマ</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>カラー</translation>
    </message>
    <message>
        <source>Rendering intent</source>
        <translation>レンダリングインテント</translation>
    </message>
    <message>
        <source>TIFF bits</source>
        <translation>TIFF ビット数</translation>
    </message>
    <message>
        <source>Metadata</source>
        <translation>メタデータ</translation>
    </message>
    <message>
        <source>File names</source>
        <translation>ファイル名</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>フォルダー</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>書き出し</translation>
    </message>
    <message>
        <source>Effective resolution on {paper}: {ppi} ppi (the image is smaller than the paper at this ppi)</source>
        <translation>{paper} での有効解像度: {ppi} ppi (この ppi では画像が用紙より小さくなります)</translation>
    </message>
    <message>
        <source>Effective resolution on {paper}: {ppi} ppi</source>
        <translation>{paper} での有効解像度: {ppi} ppi</translation>
    </message>
    <message>
        <source>Google already sent JPEG: its data is kept as it is (no second compression); only size information and metadata are added.</source>
        <translation>Google から JPEG で届いています。データはそのまま保持され (再圧縮なし)、サイズ情報とメタデータのみが追加されます。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Second compression:&lt;/b&gt; Google already sent JPEG, and this preset compresses it again, losing detail. Use Original to hand over Google&apos;s file unchanged.</source>
        <translation>&lt;b&gt;再圧縮:&lt;/b&gt; Google から JPEG で届いていますが、このプリセットは再度圧縮するため、細部が失われます。Google のファイルを変更せずに渡すには「オリジナル」を使用してください。</translation>
    </message>
    <message>
        <source>Estimating size…</source>
        <translation>サイズを推定中…</translation>
    </message>
    <message>
        <source>About {size} each (first image)</source>
        <translation>1 枚あたり約 {size} (最初の画像)</translation>
    </message>
    <message>
        <source>About {size}</source>
        <translation>約 {size}</translation>
    </message>
    <message>
        <source>Save preset</source>
        <translation>プリセットを保存</translation>
    </message>
    <message>
        <source>Preset name:</source>
        <translation>プリセット名:</translation>
    </message>
    <message>
        <source>Colour profile</source>
        <translation>カラープロファイル</translation>
    </message>
    <message>
        <source>ICC profiles (*.icc *.icm)</source>
        <translation>ICC プロファイル (*.icc *.icm)</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>書き出し先</translation>
    </message>
    <message>
        <source>Canceling after the current image…</source>
        <translation>現在の画像の処理後にキャンセルします…</translation>
    </message>
    <message>
        <source>Strip all provenance?</source>
        <translation>来歴情報をすべて削除しますか?</translation>
    </message>
    <message>
        <source>{explanation}

Strip it?</source>
        <translation>{explanation}

削除しますか?</translation>
    </message>
    <message>
        <source>Export without Content Credentials?</source>
        <translation>コンテンツ認証情報なしで書き出しますか?</translation>
    </message>
    <message>
        <source>{problem}

Export anyway without new Content Credentials? The exported files will then not carry Google&apos;s Content Credentials either (the Original preset keeps them).</source>
        <translation>{problem}

新しいコンテンツ認証情報なしで書き出しますか? その場合、書き出したファイルには Google のコンテンツ認証情報も含まれません (「オリジナル」プリセットでは保持されます)。</translation>
    </message>
    <message>
        <source>Nothing exported: provenance was not stripped.</source>
        <translation>何も書き出していません: 来歴情報は削除されていません。</translation>
    </message>
    <message>
        <source>{number} of {total}: {name}</source>
        <translation>{number} / {total}: {name}</translation>
    </message>
    <message numerus="yes">
        <source>%n images · {preset}</source>
        <translation>
            <numerusform>%n 枚の画像 · {preset}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Canceled: %n exported to {folder}.</source>
        <translation>
            <numerusform>キャンセルしました: %n 枚を {folder} に書き出しました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n exported to {folder}.</source>
        <translation>
            <numerusform>%n 枚を {folder} に書き出しました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{exported} The prompt of %n of them was too long for a JPEG&apos;s metadata, so it is shortened there; the full text stays in the library.</source>
        <translation>
            <numerusform>{exported} うち %n 枚はプロンプトが JPEG のメタデータには長すぎるため、メタデータ内では短縮されています。全文はライブラリに保持されています。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportText</name>
    <message>
        <source>The image {name} cannot be read from the library.</source>
        <translation>画像 {name} をライブラリから読み取れません。</translation>
    </message>
    <message>
        <source>PNG cannot hold CMYK: choose JPEG or TIFF for a CMYK profile.</source>
        <translation>PNG は CMYK を保持できません。CMYK プロファイルを使うには JPEG または TIFF を選択してください。</translation>
    </message>
    <message>
        <source>Unknown export format “{format}”.</source>
        <translation>不明な書き出し形式「{format}」です。</translation>
    </message>
    <message>
        <source>The colour profile {name} cannot be read.</source>
        <translation>カラープロファイル {name} を読み取れません。</translation>
    </message>
    <message>
        <source>(none chosen)</source>
        <translation>(未選択)</translation>
    </message>
    <message>
        <source>The sRGB colour profile is missing from this installation; reinstall the app.</source>
        <translation>このインストールには sRGB カラープロファイルがありません。アプリを再インストールしてください。</translation>
    </message>
    <message>
        <source>The export could not be written to {folder}.</source>
        <translation>{folder} に書き出せませんでした。</translation>
    </message>
    <message>
        <source>The source is not a JPEG file.</source>
        <translation>ソースが JPEG ファイルではありません。</translation>
    </message>
    <message>
        <source>A metadata block is too large for a JPEG segment.</source>
        <translation>メタデータブロックが JPEG セグメントに収まりません。</translation>
    </message>
    <message>
        <source>Original</source>
        <translation>オリジナル</translation>
    </message>
    <message>
        <source>Web JPEG</source>
        <translation>Web 用 JPEG</translation>
    </message>
    <message>
        <source>Print JPEG</source>
        <translation>印刷用 JPEG</translation>
    </message>
    <message>
        <source>Print TIFF</source>
        <translation>印刷用 TIFF</translation>
    </message>
    <message>
        <source>There is no export preset “{name}” (presets: {presets}).</source>
        <translation>書き出しプリセット「{name}」はありません (プリセット: {presets})。</translation>
    </message>
</context>
<context>
    <name>ExportingMimeData</name>
    <message>
        <source>Preparing the dropped files…</source>
        <translation>ドロップしたファイルを準備中…</translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation>書き出し中</translation>
    </message>
</context>
<context>
    <name>Filmstrip</name>
    <message>
        <source>Recent results</source>
        <translation>最近の結果</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Newest first</source>
        <translation>新しい順</translation>
    </message>
    <message>
        <source>Oldest first</source>
        <translation>古い順</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>レーティング</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>コスト</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <source>Any date</source>
        <translation>すべての日付</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今日</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>過去 7 日間</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>過去 30 日間</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>今年</translation>
    </message>
    <message>
        <source>Custom range…</source>
        <translation>カスタム範囲…</translation>
    </message>
    <message>
        <source>Search prompts and replies</source>
        <translation>プロンプトと応答を検索</translation>
    </message>
    <message>
        <source>Search the library</source>
        <translation>ライブラリを検索</translation>
    </message>
    <message>
        <source>Picks only</source>
        <translation>採用のみ</translation>
    </message>
    <message>
        <source>Show only picked images</source>
        <translation>採用フラグ付きの画像のみ表示</translation>
    </message>
    <message>
        <source>Hide rejects</source>
        <translation>除外を非表示</translation>
    </message>
    <message>
        <source>Hide rejected images</source>
        <translation>除外フラグ付きの画像を非表示</translation>
    </message>
    <message>
        <source>Has edits</source>
        <translation>編集あり</translation>
    </message>
    <message>
        <source>Only images that are part of an edit history</source>
        <translation>編集履歴に含まれる画像のみ</translation>
    </message>
    <message>
        <source>Content Credentials</source>
        <translation>コンテンツ認証情報</translation>
    </message>
    <message>
        <source>Only images with Content Credentials (a C2PA manifest)</source>
        <translation>コンテンツ認証情報 (C2PA マニフェスト) がある画像のみ</translation>
    </message>
    <message>
        <source>Any rating</source>
        <translation>すべてのレーティング</translation>
    </message>
    <message>
        <source>Any label</source>
        <translation>すべてのラベル</translation>
    </message>
    <message>
        <source>Colour label</source>
        <translation>カラーラベル</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>接続</translation>
    </message>
    <message>
        <source>Any connection</source>
        <translation>すべての接続</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>モデル</translation>
    </message>
    <message>
        <source>Any model</source>
        <translation>すべてのモデル</translation>
    </message>
    <message>
        <source>Any size</source>
        <translation>すべてのサイズ</translation>
    </message>
    <message>
        <source>Aspect ratio</source>
        <translation>アスペクト比</translation>
    </message>
    <message>
        <source>Any ratio</source>
        <translation>すべての比率</translation>
    </message>
    <message>
        <source>Sort by</source>
        <translation>並べ替え</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>フィルターをクリア</translation>
    </message>
    <message>
        <source>Show everything again (search words and filters)</source>
        <translation>すべてを再表示 (検索語とフィルター)</translation>
    </message>
    <message>
        <source>Thumbnail size</source>
        <translation>サムネールサイズ</translation>
    </message>
    <message>
        <source>Date, label, connection, model, size, ratio, edits, Content Credentials</source>
        <translation>日付、ラベル、接続、モデル、サイズ、比率、編集、コンテンツ認証情報</translation>
    </message>
    <message>
        <source>More filters</source>
        <translation>その他のフィルター</translation>
    </message>
    <message>
        <source>More filters ({count})</source>
        <translation>その他のフィルター ({count})</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Paste an API key (the quickest start).</source>
        <translation>API キーを貼り付けます (最も手軽な方法)。</translation>
    </message>
    <message>
        <source>Drop a service-account key file; project and location are filled in.</source>
        <translation>サービスアカウントのキーファイルをドロップします。プロジェクトとロケーションは自動で入力されます。</translation>
    </message>
    <message>
        <source>An express-mode API key.</source>
        <translation>エクスプレスモードの API キー。</translation>
    </message>
    <message>
        <source>A relay&apos;s base URL and key.</source>
        <translation>リレーのベース URL とキー。</translation>
    </message>
    <message>
        <source>Welcome to nbp-desktop</source>
        <translation>nbp-desktop へようこそ</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Connect your Google account&lt;/h3&gt;Images are made with your own account and billed by Google. Your key is kept in the system keychain.</source>
        <translation>&lt;h3&gt;Google アカウントを接続&lt;/h3&gt;画像はあなた自身のアカウントで生成され、Google から課金されます。キーはシステムのキーチェーンに保存されます。</translation>
    </message>
    <message>
        <source>Explore first with the built-in emulator</source>
        <translation>まず組み込みのエミュレーターで試す</translation>
    </message>
    <message>
        <source>Everything works locally with placeholder images; nothing is billed. Add a connection later in Settings.</source>
        <translation>プレースホルダー画像を使ってすべてローカルで動作し、課金は発生しません。接続は後から設定で追加できます。</translation>
    </message>
</context>
<context>
    <name>FormatText</name>
    <message>
        <source>{seconds} s</source>
        <translation>{seconds} 秒</translation>
    </message>
</context>
<context>
    <name>GalleryDelegate</name>
    <message>
        <source>File missing</source>
        <translation>ファイルが見つかりません</translation>
    </message>
</context>
<context>
    <name>GalleryModel</name>
    <message>
        <source>{width} × {height}, {marks} — file missing</source>
        <translation>{width} × {height}、{marks} — ファイルが見つかりません</translation>
    </message>
    <message>
        <source>{width} × {height}, {marks}</source>
        <translation>{width} × {height}、{marks}</translation>
    </message>
</context>
<context>
    <name>GalleryPanel</name>
    <message>
        <source>Gallery status</source>
        <translation>ギャラリーの状態</translation>
    </message>
    <message>
        <source>Back to my library</source>
        <translation>自分のライブラリに戻る</translation>
    </message>
    <message>
        <source>New board…</source>
        <translation>新規ボード…</translation>
    </message>
    <message>
        <source>A board collects images; an image can be on several boards</source>
        <translation>ボードには画像をまとめられます。1 枚の画像を複数のボードに入れることもできます</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>取り消し</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>やり直し</translation>
    </message>
    <message>
        <source>Move to Trash</source>
        <translation>ゴミ箱に移動</translation>
    </message>
    <message>
        <source>Move the selected images to the trash ({delete}); undo with {undo}</source>
        <translation>選択した画像をゴミ箱に移動します ({delete})。{undo} で取り消せます</translation>
    </message>
    <message>
        <source>Add to target board</source>
        <translation>ターゲットボードに追加</translation>
    </message>
    <message>
        <source>Add the selection to the board chosen last (B)</source>
        <translation>選択範囲を最後に選んだボードに追加します (B)</translation>
    </message>
    <message>
        <source>Counting images…</source>
        <translation>画像を数えています…</translation>
    </message>
    <message numerus="yes">
        <source>{shown} of {total} images</source>
        <translation>
            <numerusform>{shown} / {total} 枚の画像</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{shown} images</source>
        <translation>
            <numerusform>{shown} 枚の画像</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{selected} selected</source>
        <translation>
            <numerusform>{selected} 枚を選択中</numerusform>
        </translation>
    </message>
    <message>
        <source>read-only</source>
        <translation>読み取り専用</translation>
    </message>
    <message>
        <source>Redone: {step}.</source>
        <translation>やり直しました: {step}。</translation>
    </message>
    <message>
        <source>Undone: {step}.</source>
        <translation>取り消しました: {step}。</translation>
    </message>
    <message>
        <source>{message} Undo with {keys}.</source>
        <translation>{message} {keys} で取り消せます。</translation>
    </message>
    <message>
        <source>This library is open read-only. Open it again read-write to change ratings, boards or files.</source>
        <translation>このライブラリは読み取り専用で開かれています。レーティング、ボード、ファイルを変更するには、読み書き可能モードで開き直してください。</translation>
    </message>
    <message>
        <source>Undo {step}</source>
        <translation>取り消し: {step}</translation>
    </message>
    <message>
        <source>Redo {step}</source>
        <translation>やり直し: {step}</translation>
    </message>
    <message>
        <source>the board</source>
        <translation>ボード</translation>
    </message>
    <message>
        <source>New board</source>
        <translation>新規ボード</translation>
    </message>
    <message>
        <source>Board name:</source>
        <translation>ボード名:</translation>
    </message>
    <message>
        <source>Rename board</source>
        <translation>ボード名を変更</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>開く</translation>
    </message>
    <message>
        <source>Loupe</source>
        <translation>ルーペ</translation>
    </message>
    <message>
        <source>Use all settings</source>
        <translation>すべての設定を使用</translation>
    </message>
    <message>
        <source>Use prompt</source>
        <translation>プロンプトを使用</translation>
    </message>
    <message>
        <source>Add to board</source>
        <translation>ボードに追加</translation>
    </message>
    <message>
        <source>Remove from “{board}”</source>
        <translation>「{board}」から削除</translation>
    </message>
    <message>
        <source>Select two images to compare.</source>
        <translation>比較する画像を 2 枚選択してください。</translation>
    </message>
    <message>
        <source>Viewing the library in {folder} (read-only). New images still go to your own library.</source>
        <translation>{folder} のライブラリを表示中です (読み取り専用)。新しい画像は引き続き自分のライブラリに保存されます。</translation>
    </message>
    <message>
        <source>Viewing the library in {folder} (read-write). New images still go to your own library.</source>
        <translation>{folder} のライブラリを表示中です (読み書き可能)。新しい画像は引き続き自分のライブラリに保存されます。</translation>
    </message>
</context>
<context>
    <name>GalleryText</name>
    <message>
        <source>Pick</source>
        <translation>採用</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>除外</translation>
    </message>
    <message>
        <source>Content Credentials</source>
        <translation>コンテンツ認証情報</translation>
    </message>
    <message>
        <source>damaged Content Credentials</source>
        <translation>破損したコンテンツ認証情報</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the marks of one image</comment>
        <translation>、</translation>
    </message>
    <message>
        <source>Unmarked</source>
        <translation>マークなし</translation>
    </message>
    <message>
        <source>Open library</source>
        <translation>ライブラリを開く</translation>
    </message>
    <message>
        <source>Open the library in “{folder}”</source>
        <translation>「{folder}」のライブラリを開く</translation>
    </message>
    <message>
        <source>Read-only never changes it (safe for a shared drive or another person&apos;s library). Read-write lets you rate, flag, collect and delete there.</source>
        <translation>読み取り専用では一切変更されません (共有ドライブや他の人のライブラリでも安全です)。読み書き可能では、レーティング、フラグ設定、ボードへの追加、削除ができます。</translation>
    </message>
    <message>
        <source>Open read-only</source>
        <translation>読み取り専用で開く</translation>
    </message>
    <message>
        <source>Open read-write</source>
        <translation>読み書き可能で開く</translation>
    </message>
    <message>
        <source>“{name}” could not be moved to the trash, so it was not deleted. The folder may be read-only, or this drive has no trash.</source>
        <translation>「{name}」をゴミ箱に移動できなかったため、削除していません。フォルダーが読み取り専用か、このドライブにゴミ箱がない可能性があります。</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s)</source>
        <translation>
            <numerusform>%n 枚の画像</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GalleryView</name>
    <message>
        <source>Gallery</source>
        <translation>ギャラリー</translation>
    </message>
    <message>
        <source>Loupe</source>
        <translation>ルーペ</translation>
    </message>
    <message>
        <source>Compare the selection</source>
        <translation>選択した画像を比較</translation>
    </message>
    <message>
        <source>Add to the last board</source>
        <translation>最後に使ったボードに追加</translation>
    </message>
    <message>
        <source>Move to the trash</source>
        <translation>ゴミ箱に移動</translation>
    </message>
    <message>
        <source>Open in the Generate tab</source>
        <translation>生成タブで開く</translation>
    </message>
</context>
<context>
    <name>GenerationText</name>
    <message>
        <source>Interrupted — may have been billed. The app stopped while this job was running; run it again if you still want the image.</source>
        <translation>中断 — 課金された可能性があります。このジョブの実行中にアプリが停止しました。画像が必要な場合は再実行してください。</translation>
    </message>
    <message>
        <source>it is a folder, not an image file</source>
        <translation>画像ファイルではなくフォルダーです</translation>
    </message>
    <message>
        <source>it is not a regular file (a pipe, socket or device)</source>
        <translation>通常のファイルではありません (パイプ、ソケット、またはデバイス)</translation>
    </message>
    <message>
        <source>it is {size} MB; the largest file accepted is {limit} MB</source>
        <translation>{size} MB あります。受け付ける最大ファイルサイズは {limit} MB です</translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation>ファイルが存在しません</translation>
    </message>
    <message>
        <source>the file cannot be read (permission denied)</source>
        <translation>ファイルを読み取れません (アクセスが拒否されました)</translation>
    </message>
    <message>
        <source>it is a link that leads back to itself (a symbolic link loop)</source>
        <translation>自分自身を指すリンクです (シンボリックリンクのループ)</translation>
    </message>
    <message>
        <source>the file cannot be read ({reason})</source>
        <translation>ファイルを読み取れません ({reason})</translation>
    </message>
    <message>
        <source>it is not an image file (PNG, JPEG, WebP, HEIC or HEIF), a PDF or a video</source>
        <translation>画像ファイル (PNG、JPEG、WebP、HEIC、HEIF)、PDF、動画のいずれでもありません</translation>
    </message>
    <message>
        <source>it is {size} MB, and Google takes PDFs and videos sent with a prompt up to {limit} MB</source>
        <translation>{size} MB ありますが、Google がプロンプトと一緒に受け付ける PDF と動画は {limit} MB までです</translation>
    </message>
    <message>
        <source>the PDF is damaged or incomplete, so it cannot be read</source>
        <translation>PDF が破損しているか不完全なため、読み取れません</translation>
    </message>
    <message>
        <source>the PDF is password-protected, so Google cannot read it</source>
        <translation>PDF がパスワードで保護されているため、Google が読み取れません</translation>
    </message>
    <message>
        <source>Save a copy without a password first.</source>
        <translation>先にパスワードなしのコピーを保存してください。</translation>
    </message>
    <message>
        <source>the PDF has no pages</source>
        <translation>PDF にページがありません</translation>
    </message>
    <message>
        <source>the PDF has {pages} pages, and Google reads at most {limit}</source>
        <translation>PDF は {pages} ページありますが、Google が読み取るのは最大 {limit} ページです</translation>
    </message>
    <message>
        <source>“{name}” cannot be used as a reference: {reason}.</source>
        <translation>「{name}」は参照として使用できません: {reason}。</translation>
    </message>
    <message>
        <source>This reference cannot be used: {reason}.</source>
        <translation>この参照は使用できません: {reason}。</translation>
    </message>
    <message>
        <source>This reference image cannot be used: {reason}.</source>
        <translation>この参照画像は使用できません: {reason}。</translation>
    </message>
    <message>
        <source>Google does not accept {type} images; use PNG, JPEG or WebP</source>
        <translation>Google は {type} 画像を受け付けません。PNG、JPEG、WebP を使用してください</translation>
    </message>
    <message>
        <source>it is {size} MB, over Google&apos;s 7 MB limit, and HEIC files cannot be shrunk here; export it as JPEG first</source>
        <translation>{size} MB あり Google の上限 7 MB を超えていますが、HEIC ファイルはここでは縮小できません。先に JPEG として書き出してください</translation>
    </message>
    <message>
        <source>Use fewer pages or a smaller export of the PDF.</source>
        <translation>ページ数を減らすか、PDF をより小さく書き出してください。</translation>
    </message>
    <message>
        <source>Use a shorter or smaller clip.</source>
        <translation>より短いか小さいクリップを使用してください。</translation>
    </message>
    <message>
        <source>it is {width} × {height} pixels, more than the {limit} megapixels accepted</source>
        <translation>{width} × {height} ピクセルあり、受け付ける {limit} メガピクセルを超えています</translation>
    </message>
    <message>
        <source>it claims more than {limit} megapixels (a damaged or malicious file)</source>
        <translation>{limit} メガピクセルを超えると申告しています (破損したファイルまたは悪意のあるファイル)</translation>
    </message>
    <message>
        <source>the file is damaged or incomplete, so the image cannot be read</source>
        <translation>ファイルが破損しているか不完全なため、画像を読み取れません</translation>
    </message>
    <message>
        <source>the image could not be read ({reason})</source>
        <translation>画像を読み取れませんでした ({reason})</translation>
    </message>
    <message>
        <source>it could not be made small enough for Google&apos;s 7 MB limit</source>
        <translation>Google の上限 7 MB 以下に縮小できませんでした</translation>
    </message>
    <message>
        <source>“{name}” cannot be used as a reference image: {reason}.</source>
        <translation>「{name}」は参照画像として使用できません: {reason}。</translation>
    </message>
</context>
<context>
    <name>GoogleText</name>
    <message>
        <source>The file</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>{source} is not a usable service-account key ({reason}): download a new JSON key in Google Cloud console → IAM → Service accounts → Keys.</source>
        <translation>{source} は使用可能なサービスアカウントキーではありません ({reason})。Google Cloud コンソール → IAM → サービスアカウント → キー で新しい JSON キーをダウンロードしてください。</translation>
    </message>
    <message>
        <source>it is not JSON</source>
        <translation>JSON ではありません</translation>
    </message>
    <message>
        <source>it is not a JSON object</source>
        <translation>JSON オブジェクトではありません</translation>
    </message>
    <message>
        <source>it is an OAuth client file, not a service-account key</source>
        <translation>サービスアカウントキーではなく OAuth クライアントファイルです</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>its type is “{type}”, not “service_account”</source>
        <translation>タイプが「service_account」ではなく「{type}」です</translation>
    </message>
    <message>
        <source>it has no {fields}</source>
        <translation>{fields} がありません</translation>
    </message>
    <message>
        <source>its private_key is not a PEM key</source>
        <translation>private_key が PEM キーではありません</translation>
    </message>
    <message>
        <source>its private key cannot be read</source>
        <translation>秘密鍵を読み取れません</translation>
    </message>
    <message>
        <source>Google did not accept the service-account key (its key may have been deleted or the account disabled). Create a new JSON key and add the connection again.</source>
        <translation>Google がサービスアカウントキーを受け付けませんでした (キーが削除されたか、アカウントが無効になっている可能性があります)。新しい JSON キーを作成して、接続を追加し直してください。</translation>
    </message>
    <message>
        <source>Your API key was rejected. Check that you copied the whole key and that it belongs to the right project.</source>
        <translation>API キーが拒否されました。キー全体をコピーしたこと、正しいプロジェクトのキーであることを確認してください。</translation>
    </message>
    <message>
        <source>Billing is not enabled for this project. Image generation needs a Google Cloud project with billing turned on.</source>
        <translation>このプロジェクトでは課金が有効になっていません。画像の生成には、課金が有効な Google Cloud プロジェクトが必要です。</translation>
    </message>
    <message>
        <source>Google did not accept the sign-in for this connection. The service account may have been deleted or its key revoked; add the connection again with a current key file.</source>
        <translation>Google がこの接続のサインインを受け付けませんでした。サービスアカウントが削除されたか、キーが取り消された可能性があります。有効なキーファイルで接続を追加し直してください。</translation>
    </message>
    <message>
        <source>The API is not enabled for this project. Enable it in the Google Cloud console, wait a minute, then try again.</source>
        <translation>このプロジェクトでは API が有効になっていません。Google Cloud コンソールで有効にし、1 分ほど待ってから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>This account is not allowed to use the model (permission denied). Give the service account the “Vertex AI User” role.</source>
        <translation>このアカウントにはモデルを使用する権限がありません (アクセス拒否)。サービスアカウントに「Vertex AI User」ロールを付与してください。</translation>
    </message>
    <message>
        <source>This account is not allowed to use the model (permission denied). Check the key&apos;s API restrictions.</source>
        <translation>このアカウントにはモデルを使用する権限がありません (アクセス拒否)。キーの API 制限を確認してください。</translation>
    </message>
    <message>
        <source>The model “{model}” was not found. It may not be offered in region “{location}”: try the location “global”.</source>
        <translation>モデル「{model}」が見つかりませんでした。リージョン「{location}」では提供されていない可能性があります。ロケーション「global」をお試しください。</translation>
    </message>
    <message>
        <source>The model “{model}” was not found. It may have been retired: try the model “gemini-3-pro-image”.</source>
        <translation>モデル「{model}」が見つかりませんでした。提供が終了した可能性があります。モデル「gemini-3-pro-image」をお試しください。</translation>
    </message>
    <message>
        <source>The model “{model}” was not found. Check the model name and the location.</source>
        <translation>モデル「{model}」が見つかりませんでした。モデル名とロケーションを確認してください。</translation>
    </message>
    <message>
        <source>Google is overloaded right now.</source>
        <translation>現在 Google が過負荷状態です。</translation>
    </message>
    <message>
        <source>Google took too long to answer (request timeout).</source>
        <translation>Google の応答に時間がかかりすぎました (リクエストのタイムアウト)。</translation>
    </message>
    <message>
        <source>Google had an internal problem (HTTP {status}).</source>
        <translation>Google で内部エラーが発生しました (HTTP {status})。</translation>
    </message>
    <message>
        <source>The prompt was blocked by the service&apos;s safety filter.</source>
        <translation>プロンプトがサービスのセーフティフィルターによってブロックされました。</translation>
    </message>
    <message>
        <source>Google does not take this service tier for the model “{model}”.</source>
        <translation>Google はモデル「{model}」でこのサービス階層を受け付けません。</translation>
    </message>
    <message>
        <source>Google refused the request: {reason}</source>
        <translation>Google がリクエストを拒否しました: {reason}</translation>
    </message>
    <message>
        <source>The gateway refused the API key (HTTP {status}). Check the key this connection uses.</source>
        <translation>ゲートウェイが API キーを拒否しました (HTTP {status})。この接続で使用しているキーを確認してください。</translation>
    </message>
    <message>
        <source>The gateway answered with a web page instead of data (HTTP {status}).</source>
        <translation>ゲートウェイがデータではなく Web ページで応答しました (HTTP {status})。</translation>
    </message>
    <message>
        <source>The gateway took your key, but the service behind it refused the gateway&apos;s own credentials (HTTP {status}). Ask the gateway&apos;s operator to check them.</source>
        <translation>ゲートウェイはキーを受け付けましたが、その背後のサービスがゲートウェイ自身の認証情報を拒否しました (HTTP {status})。ゲートウェイの運営者に確認を依頼してください。</translation>
    </message>
    <message>
        <source>The gateway refused the API key (HTTP {status}). Check the key this connection uses for the gateway.</source>
        <translation>ゲートウェイが API キーを拒否しました (HTTP {status})。この接続でゲートウェイ用に使用しているキーを確認してください。</translation>
    </message>
    <message>
        <source>The gateway answered that its rate limit is reached (HTTP 429).</source>
        <translation>ゲートウェイから、レート制限に達したとの応答がありました (HTTP 429)。</translation>
    </message>
    <message>
        <source>The gateway does not serve the model “{model}” (HTTP {status}). Check the model name in the connection.</source>
        <translation>ゲートウェイはモデル「{model}」を提供していません (HTTP {status})。接続のモデル名を確認してください。</translation>
    </message>
    <message>
        <source>The gateway answered that the prompt was blocked by a safety filter.</source>
        <translation>ゲートウェイから、プロンプトがセーフティフィルターによってブロックされたとの応答がありました。</translation>
    </message>
    <message>
        <source>The gateway answered that the model is unavailable: {reason}</source>
        <translation>ゲートウェイから、モデルを利用できないとの応答がありました: {reason}</translation>
    </message>
    <message>
        <source>The gateway answered with an error (HTTP {status}): {reason}</source>
        <translation>ゲートウェイがエラーを返しました (HTTP {status}): {reason}</translation>
    </message>
    <message>
        <source>The gateway refused the request (HTTP {status}): {reason}</source>
        <translation>ゲートウェイがリクエストを拒否しました (HTTP {status}): {reason}</translation>
    </message>
    <message>
        <source>Quota for today is used up; it resets at 00:00 Pacific (in {wait}).</source>
        <translation>本日の割り当て量を使い切りました。太平洋時間の 0:00 にリセットされます ({wait} 後)。</translation>
    </message>
    <message>
        <source>The per-minute quota is used up.</source>
        <translation>1 分あたりの割り当て量を使い切りました。</translation>
    </message>
    <message>
        <source>Google&apos;s capacity for this model is busy (rate limited).</source>
        <translation>このモデルの Google の処理能力が逼迫しています (レート制限)。</translation>
    </message>
    <message>
        <source>Access was refused (HTTP {status}) before the request reached the model.</source>
        <translation>リクエストがモデルに届く前にアクセスが拒否されました (HTTP {status})。</translation>
    </message>
    <message>
        <source>The server (or a proxy in between) answered with a web page instead of data (HTTP {status}).</source>
        <translation>サーバー (または中間のプロキシ) がデータではなく Web ページで応答しました (HTTP {status})。</translation>
    </message>
    <message>
        <source>The stored key has a line break, tab or other invisible character inside it, so it cannot be sent. Edit the connection and paste the key again.</source>
        <translation>保存されているキーに改行、タブ、またはその他の不可視文字が含まれているため、送信できません。接続を編集して、キーをもう一度貼り付けてください。</translation>
    </message>
    <message>
        <source>Google did not answer within {seconds} s. The request timed out.</source>
        <translation>Google から {seconds} 秒以内に応答がありませんでした。リクエストがタイムアウトしました。</translation>
    </message>
    <message>
        <source>Google did not answer. The request timed out.</source>
        <translation>Google から応答がありませんでした。リクエストがタイムアウトしました。</translation>
    </message>
    <message>
        <source>A secure connection could not be set up (TLS certificate problem). A proxy or antivirus may be intercepting traffic; set its certificate in Settings → Network.</source>
        <translation>安全な接続を確立できませんでした (TLS 証明書の問題)。プロキシまたはウイルス対策ソフトが通信を傍受している可能性があります。設定 → ネットワーク でその証明書を設定してください。</translation>
    </message>
    <message>
        <source>The server&apos;s address could not be looked up. Check your internet connection (or the base URL).</source>
        <translation>サーバーのアドレスを解決できませんでした。インターネット接続 (またはベース URL) を確認してください。</translation>
    </message>
    <message>
        <source>The connection broke while the image was downloading.</source>
        <translation>画像のダウンロード中に接続が切断されました。</translation>
    </message>
    <message>
        <source>Could not reach the server. Check your internet connection.</source>
        <translation>サーバーに接続できませんでした。インターネット接続を確認してください。</translation>
    </message>
    <message>
        <source>AI Studio cannot choose the output format or JPEG quality (only Vertex can); leave them empty, or export the image as JPEG afterwards.</source>
        <translation>AI Studio では出力形式や JPEG 品質を選択できません (選択できるのは Vertex のみ)。空欄のままにするか、後で画像を JPEG として書き出してください。</translation>
    </message>
    <message>
        <source>{model} does not take a thinking level (it always thinks). Leave the thinking level empty.</source>
        <translation>{model} は思考レベルを受け付けません (常に思考します)。思考レベルは空欄のままにしてください。</translation>
    </message>
    <message>
        <source>{model} accepts the thinking levels {levels}, not “{level}”.</source>
        <translation>{model} が受け付ける思考レベルは {levels} です。「{level}」は使用できません。</translation>
    </message>
    <message>
        <source>{model} does not make {value} images. Choose one of {choices}.</source>
        <translation>{model} は {value} の画像を生成しません。{choices} のいずれかを選択してください。</translation>
    </message>
    <message numerus="yes">
        <source>{model} takes at most {limit} reference images; %n were given.</source>
        <translation>
            <numerusform>{model} が受け付ける参照画像は最大 {limit} 枚ですが、%n 枚指定されました。</numerusform>
        </translation>
    </message>
    <message>
        <source>PDF or video</source>
        <translation>PDF または動画</translation>
    </message>
    <message>
        <source>{model} does not take {type} references ({name}); use images, or Nano Banana 2.1.</source>
        <translation>{model} は {type} の参照 ({name}) を受け付けません。画像を使用するか、Nano Banana 2.1 を使用してください。</translation>
    </message>
    <message>
        <source>a reference</source>
        <translation>参照</translation>
    </message>
    <message>
        <source>{model} does not take the {tier} service tier; choose Standard for this connection.</source>
        <translation>{model} は {tier} サービス階層を受け付けません。この接続では Standard を選択してください。</translation>
    </message>
    <message>
        <source>Write a prompt first.</source>
        <translation>先にプロンプトを入力してください。</translation>
    </message>
    <message>
        <source>Google&apos;s answer was not in the expected form.</source>
        <translation>Google の応答が想定した形式ではありませんでした。</translation>
    </message>
    <message>
        <source>The prompt was blocked by Google&apos;s safety filter ({reason}). Rephrase it and try again.</source>
        <translation>プロンプトが Google のセーフティフィルターによってブロックされました ({reason})。表現を変えて、もう一度お試しください。</translation>
    </message>
    <message>
        <source>Google answered without an image.</source>
        <translation>Google から画像のない応答が返されました。</translation>
    </message>
    <message>
        <source>The server (or a proxy in between) answered with a web page instead of data.</source>
        <translation>サーバー (または中間のプロキシ) がデータではなく Web ページで応答しました。</translation>
    </message>
    <message>
        <source>The answer was cut off before it was complete.</source>
        <translation>応答が完了する前に途切れました。</translation>
    </message>
    <message>
        <source>The answer could not be read (malformed data).</source>
        <translation>応答を読み取れませんでした (不正な形式のデータ)。</translation>
    </message>
    <message>
        <source>The image in the answer could not be decoded.</source>
        <translation>応答内の画像をデコードできませんでした。</translation>
    </message>
    <message>
        <source>The answer contained data that is not a readable image.</source>
        <translation>応答に、読み取り可能な画像ではないデータが含まれていました。</translation>
    </message>
    <message>
        <source>Google&apos;s safety filter withheld the image ({reason}): rephrase the prompt or use other reference images, since real people, brands and violent or explicit details are the usual triggers.</source>
        <translation>Google のセーフティフィルターにより画像が表示されませんでした ({reason})。実在の人物、ブランド、暴力的または露骨な描写がよくある原因です。プロンプトの表現を変えるか、別の参照画像を使用してください。</translation>
    </message>
    <message>
        <source>The image was withheld because it resembled existing material too closely ({reason}). Change the prompt and try again.</source>
        <translation>既存の素材に似すぎているため、画像が表示されませんでした ({reason})。プロンプトを変更して、もう一度お試しください。</translation>
    </message>
    <message>
        <source>Google answered with text only, no image. Ask for an image explicitly in the prompt.</source>
        <translation>Google からテキストのみの応答があり、画像はありませんでした。プロンプトで明示的に画像を求めてください。</translation>
    </message>
    <message>
        <source>Google did not make an image this time ({reason}).</source>
        <translation>今回は Google が画像を生成しませんでした ({reason})。</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>理由は示されていません</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>接続中…</translation>
    </message>
    <message>
        <source>Waiting for Google…</source>
        <translation>Google の応答を待機中…</translation>
    </message>
    <message>
        <source>Downloading {received} of {total} MB</source>
        <translation>ダウンロード中 {received} / {total} MB</translation>
    </message>
    <message>
        <source>Downloading {received} MB</source>
        <translation>ダウンロード中 {received} MB</translation>
    </message>
    <message>
        <source>Decoding…</source>
        <translation>デコード中…</translation>
    </message>
    <message>
        <source>Retrying</source>
        <translation>再試行中</translation>
    </message>
    <message>
        <source>{reason}; retrying in {wait} (attempt {attempt} of {attempts})</source>
        <translation>{reason} — {wait} 後に再試行します (試行 {attempt}/{attempts})</translation>
    </message>
    <message>
        <source>Google does not take the {tier} service tier for {model}; “{connection}” now uses Standard for this model. Run the job again.</source>
        <translation>Google は {model} で {tier} サービス階層を受け付けません。「{connection}」ではこのモデルに Standard を使用するようになりました。ジョブを再実行してください。</translation>
    </message>
    <message>
        <source>The answer was empty.</source>
        <translation>応答が空でした。</translation>
    </message>
    <message>
        <source>A gateway takes only images as references, so “{name}” (a PDF or video) cannot go with this request. Use an AI Studio or Vertex AI connection for it.</source>
        <translation>ゲートウェイは参照として画像しか受け付けないため、「{name}」(PDF または動画) はこのリクエストに含められません。AI Studio または Vertex AI の接続を使用してください。</translation>
    </message>
    <message>
        <source>The gateway&apos;s answer was not in the expected form.</source>
        <translation>ゲートウェイの応答が想定した形式ではありませんでした。</translation>
    </message>
    <message>
        <source>The gateway answered with links to images instead of the images themselves; it must return b64_json.</source>
        <translation>ゲートウェイが画像そのものではなく画像へのリンクを返しました。b64_json を返す必要があります。</translation>
    </message>
    <message>
        <source>The gateway answered without an image.</source>
        <translation>ゲートウェイから画像のない応答が返されました。</translation>
    </message>
    <message>
        <source>The answer was cut off after Google produced it — you may have been billed.</source>
        <translation>Google が応答を生成した後、応答が途切れました — 課金された可能性があります。</translation>
    </message>
    <message>
        <source>The request timed out after it reached Google (no answer within {seconds} s) — you may have been billed.</source>
        <translation>リクエストが Google に届いた後にタイムアウトしました ({seconds} 秒以内に応答なし) — 課金された可能性があります。</translation>
    </message>
    <message>
        <source>The request timed out after it reached Google — you may have been billed.</source>
        <translation>リクエストが Google に届いた後にタイムアウトしました — 課金された可能性があります。</translation>
    </message>
    <message>
        <source>The connection broke after the request reached Google, before its answer came — you may have been billed.</source>
        <translation>リクエストが Google に届いた後、応答が返る前に接続が切断されました — 課金された可能性があります。</translation>
    </message>
    <message>
        <source>{error} You may have been billed.</source>
        <translation>{error} 課金された可能性があります。</translation>
    </message>
</context>
<context>
    <name>Handoff</name>
    <message>
        <source>Export</source>
        <translation>書き出し</translation>
    </message>
    <message>
        <source>Drag as</source>
        <translation>ドラッグ時の形式</translation>
    </message>
    <message>
        <source>Drag preset</source>
        <translation>ドラッグ用プリセット</translation>
    </message>
    <message>
        <source>The files you drag out of the app (or copy) are exported with this preset as you drop them</source>
        <translation>アプリからドラッグ (またはコピー) したファイルは、ドロップ時にこのプリセットで書き出されます</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>書き出し…</translation>
    </message>
    <message>
        <source>Export what you see ({keys})</source>
        <translation>表示中のものを書き出し ({keys})</translation>
    </message>
    <message numerus="yes">
        <source>Dragging %n image(s) as “{preset}”…</source>
        <translation>
            <numerusform>%n 枚の画像を「{preset}」としてドラッグ中…</numerusform>
        </translation>
    </message>
    <message>
        <source>Image copied as “{preset}”.</source>
        <translation>画像を「{preset}」としてコピーしました。</translation>
    </message>
    <message>
        <source>Select images in the Library, or show an image, to export.</source>
        <translation>書き出すには、ライブラリで画像を選択するか、画像を表示してください。</translation>
    </message>
</context>
<context>
    <name>ImageView</name>
    <message>
        <source>Image</source>
        <translation>画像</translation>
    </message>
</context>
<context>
    <name>JobText</name>
    <message numerus="yes">
        <source>%n job(s) queued last time are waiting. Resume the queue to run them.</source>
        <translation>
            <numerusform>前回キューに追加された %n 件のジョブが待機しています。実行するにはキューを再開してください。</numerusform>
        </translation>
    </message>
    <message>
        <source>The count must be 1 or more.</source>
        <translation>枚数は 1 以上にしてください。</translation>
    </message>
    <message>
        <source>There is no job {job}.</source>
        <translation>ジョブ {job} はありません。</translation>
    </message>
    <message>
        <source>Job {job} is {status}; only failed, canceled or interrupted jobs can be run again.</source>
        <translation>ジョブ {job} は「{status}」です。再実行できるのは、失敗、キャンセル済み、または中断したジョブだけです。</translation>
    </message>
    <message>
        <source>Paused.</source>
        <translation>一時停止中です。</translation>
    </message>
    <message>
        <source>Something unexpected went wrong while starting jobs; the queue carries on. (Details for support: {error})</source>
        <translation>ジョブの開始中に予期しない問題が発生しました。キューは引き続き動作します。(サポート用の詳細: {error})</translation>
    </message>
    <message>
        <source>The daily quota of “{connection}” has reset; its jobs continue.</source>
        <translation>「{connection}」の 1 日の割り当て量がリセットされました。ジョブを続行します。</translation>
    </message>
    <message>
        <source>Budget cap of {cap} for today reached ({spent} spent); the queue is paused. Raise the cap or resume to continue.</source>
        <translation>本日の予算上限 {cap} に達しました ({spent} 使用済み)。キューは一時停止しています。続行するには、上限を引き上げるか再開してください。</translation>
    </message>
    <message>
        <source>Budget cap of {cap} for this month reached ({spent} spent); the queue is paused. Raise the cap or resume to continue.</source>
        <translation>今月の予算上限 {cap} に達しました ({spent} 使用済み)。キューは一時停止しています。続行するには、上限を引き上げるか再開してください。</translation>
    </message>
    <message>
        <source>The job was canceled.</source>
        <translation>ジョブはキャンセルされました。</translation>
    </message>
    <message>
        <source>Something unexpected went wrong with this job.</source>
        <translation>このジョブで予期しない問題が発生しました。</translation>
    </message>
    <message>
        <source>The budget cap is now {cap}; the queue continues.</source>
        <translation>予算上限が {cap} になりました。キューを続行します。</translation>
    </message>
    <message>
        <source>The budget cap was removed; the queue continues.</source>
        <translation>予算上限が解除されました。キューを続行します。</translation>
    </message>
    <message>
        <source>The image had already arrived and was billed, so it is kept in the library instead of being canceled.</source>
        <translation>画像はすでに届いて課金されているため、キャンセルせずにライブラリに保存します。</translation>
    </message>
    <message>
        <source>The spend includes {possible} that Google may have billed for jobs interrupted while they ran.</source>
        <translation>使用額には、実行中に中断されたジョブについて Google が課金した可能性のある {possible} が含まれます。</translation>
    </message>
    <message>
        <source>{error} Jobs for “{connection}” wait until then (in {wait}).</source>
        <translation>{error} 「{connection}」のジョブはそれまで待機します ({wait} 後)。</translation>
    </message>
    <message>
        <source>queued</source>
        <translation>待機中</translation>
    </message>
    <message>
        <source>running</source>
        <translation>実行中</translation>
    </message>
    <message>
        <source>saving</source>
        <translation>保存中</translation>
    </message>
    <message>
        <source>succeeded</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>canceled</source>
        <translation>キャンセル済み</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>中断</translation>
    </message>
    <message>
        <source>pasted image</source>
        <translation>貼り付けた画像</translation>
    </message>
    <message>
        <source>The reference image {name} is missing from the library folder.</source>
        <translation>参照画像 {name} がライブラリフォルダーにありません。</translation>
    </message>
    <message>
        <source>The image to edit is no longer in the library.</source>
        <translation>編集する画像がライブラリにありません。</translation>
    </message>
    <message>
        <source>The image to edit ({name}) cannot be read from the library.</source>
        <translation>編集する画像 ({name}) をライブラリから読み取れません。</translation>
    </message>
</context>
<context>
    <name>LanguageChoice</name>
    <message>
        <source>Language</source>
        <extracomment>English is named in itself like the others.</extracomment>
        <translation>言語</translation>
    </message>
    <message>
        <source>The system&apos;s language ({language})</source>
        <translation>システムの言語 ({language})</translation>
    </message>
    <message>
        <source>A new language is used from the next start of the app.</source>
        <translation>新しい言語は次回アプリを起動したときから使用されます。</translation>
    </message>
    <message>
        <source>Restart the app to use the new language.</source>
        <translation>新しい言語を使用するには、アプリを再起動してください。</translation>
    </message>
</context>
<context>
    <name>LibrarySwitch</name>
    <message>
        <source>Open library</source>
        <translation>ライブラリを開く</translation>
    </message>
    <message>
        <source>The library in “{folder}” could not be opened.</source>
        <translation>「{folder}」のライブラリを開けませんでした。</translation>
    </message>
</context>
<context>
    <name>LibraryText</name>
    <message>
        <source>Pick</source>
        <translation>採用フラグを設定</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>除外フラグを設定</translation>
    </message>
    <message>
        <source>Unflag</source>
        <translation>フラグを解除</translation>
    </message>
    <message numerus="yes">
        <source>%n star(s)</source>
        <translation>
            <numerusform>星 %n 個</numerusform>
        </translation>
    </message>
    <message>
        <source>No stars</source>
        <translation>星なし</translation>
    </message>
    <message>
        <source>No label</source>
        <translation>ラベルなし</translation>
    </message>
    <message>
        <source>Red label</source>
        <translation>レッドラベル</translation>
    </message>
    <message>
        <source>Yellow label</source>
        <translation>イエローラベル</translation>
    </message>
    <message>
        <source>Green label</source>
        <translation>グリーンラベル</translation>
    </message>
    <message>
        <source>Blue label</source>
        <translation>ブルーラベル</translation>
    </message>
    <message numerus="yes">
        <source>{mark} (%n image(s))</source>
        <translation>
            <numerusform>{mark} (%n 枚)</numerusform>
        </translation>
    </message>
    <message>
        <source>New board “{name}”</source>
        <translation>新規ボード「{name}」</translation>
    </message>
    <message>
        <source>Delete board “{name}”</source>
        <translation>ボード「{name}」を削除</translation>
    </message>
    <message>
        <source>Board “{name}” deleted (its images stay in the library).</source>
        <translation>ボード「{name}」を削除しました (画像はライブラリに残っています)。</translation>
    </message>
    <message>
        <source>Rename “{name}”</source>
        <translation>「{name}」の名前を変更</translation>
    </message>
    <message>
        <source>the board</source>
        <translation>ボード</translation>
    </message>
    <message>
        <source>Add to “{board}”</source>
        <translation>「{board}」に追加</translation>
    </message>
    <message numerus="yes">
        <source>Added %n image(s) to “{board}”.</source>
        <translation>
            <numerusform>%n 枚の画像を「{board}」に追加しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove from “{board}”</source>
        <translation>「{board}」から削除</translation>
    </message>
    <message numerus="yes">
        <source>Move %n image(s) to the trash</source>
        <translation>
            <numerusform>%n 枚の画像をゴミ箱に移動</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Moved %n image(s) to the trash.</source>
        <translation>
            <numerusform>%n 枚の画像をゴミ箱に移動しました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be put back from the trash (emptied meanwhile?); they show as missing.</source>
        <translation>
            <numerusform>%n 個のファイルをゴミ箱から復元できませんでした (その間にゴミ箱が空にされた可能性があります)。見つからないファイルとして表示されます。</numerusform>
        </translation>
    </message>
    <message>
        <source>This change ({command}) could not be saved in the library.</source>
        <translation>この変更 ({command}) をライブラリに保存できませんでした。</translation>
    </message>
    <message>
        <source>This library is open read-only. Open it again with “Open library…” and choose read-write to change it.</source>
        <translation>このライブラリは読み取り専用で開かれています。変更するには「ライブラリを開く…」で開き直し、読み書き可能を選択してください。</translation>
    </message>
    <message>
        <source>The library is busy in another nbp-desktop window or command, so this change was not saved. Try again in a moment.</source>
        <translation>ライブラリが nbp-desktop の別のウィンドウまたはコマンドで使用中のため、この変更は保存されませんでした。しばらくしてからもう一度お試しください。</translation>
    </message>
    <message>
        <source>This library was written by a newer version of nbp-desktop; update the app to open it.</source>
        <translation>このライブラリは新しいバージョンの nbp-desktop で書き込まれています。開くにはアプリをアップデートしてください。</translation>
    </message>
    <message>
        <source>The disk holding the library ({folder}) is full, so its database cannot be opened. Free some space, then start the app again. Nothing was changed.</source>
        <translation>ライブラリのあるディスク ({folder}) がいっぱいのため、データベースを開けません。空き容量を確保してから、アプリを再起動してください。何も変更されていません。</translation>
    </message>
    <message>
        <source>The library database is locked by another program (a backup or sync tool, or another copy of the app). Close it, then try again. Nothing was changed.</source>
        <translation>ライブラリのデータベースが別のプログラム (バックアップツール、同期ツール、またはアプリの別のコピー) によってロックされています。そのプログラムを閉じてから、もう一度お試しください。何も変更されていません。</translation>
    </message>
    <message>
        <source>The library folder {folder} cannot be written to (read-only or permission denied). Use File → Open library… to look at it read-only, or fix the folder&apos;s permissions. Nothing was changed.</source>
        <translation>ライブラリフォルダー {folder} に書き込めません (読み取り専用またはアクセス拒否)。「ファイル → ライブラリを開く…」で読み取り専用として表示するか、フォルダーのアクセス権を修正してください。何も変更されていません。</translation>
    </message>
    <message>
        <source>The library database could not be read from the disk ({error}). Nothing was changed.</source>
        <translation>ライブラリのデータベースをディスクから読み取れませんでした ({error})。何も変更されていません。</translation>
    </message>
    <message>
        <source>Details lost: this image&apos;s sidecar file could not be read, so only what the image file itself holds is known.</source>
        <translation>詳細情報が失われました: この画像のサイドカーファイルを読み取れなかったため、画像ファイル自体に含まれる情報しかわかりません。</translation>
    </message>
    <message>
        <source>Red</source>
        <translation>レッド</translation>
    </message>
    <message>
        <source>Yellow</source>
        <translation>イエロー</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>グリーン</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>ブルー</translation>
    </message>
    <message>
        <source>There is already a board called “{name}”.</source>
        <translation>「{name}」という名前のボードは既にあります。</translation>
    </message>
    <message>
        <source>A board needs a name.</source>
        <translation>ボードには名前が必要です。</translation>
    </message>
    <message>
        <source>The disk is full, so the image could not be saved in {folder}. Free some space.</source>
        <translation>ディスクがいっぱいのため、{folder} に画像を保存できませんでした。空き容量を確保してください。</translation>
    </message>
    <message>
        <source>The library folder {folder} cannot be written to (permission denied or read-only).</source>
        <translation>ライブラリフォルダー {folder} に書き込めません (アクセス拒否または読み取り専用)。</translation>
    </message>
    <message>
        <source>The image could not be saved in {folder}.</source>
        <translation>{folder} に画像を保存できませんでした。</translation>
    </message>
    <message>
        <source>The disk is full, so the image could not be saved in {folder}.</source>
        <translation>ディスクがいっぱいのため、{folder} に画像を保存できませんでした。</translation>
    </message>
    <message>
        <source>{failure}. The image Google made (billed {cost}) is kept in {folder}; Run again saves it into the library without a new request.</source>
        <translation>{failure}。Google が生成した画像 (課金額 {cost}) は {folder} に保持されています。「再実行」を押すと、新しいリクエストなしでライブラリに保存されます。</translation>
    </message>
    <message>
        <source>{failure}. The image Google made (billed {cost}) could not be kept anywhere else either.</source>
        <translation>{failure}。Google が生成した画像 (課金額 {cost}) は、ほかの場所にも保持できませんでした。</translation>
    </message>
    <message>
        <source>There is not enough free space for this image in {folder}: about {needed} is needed and {free} is free. Nothing was sent. Free some space, then run the job again.</source>
        <translation>{folder} にこの画像を保存する空き容量が足りません: 約 {needed} 必要ですが、空きは {free} です。何も送信していません。空き容量を確保してから、ジョブを再実行してください。</translation>
    </message>
</context>
<context>
    <name>Loupe</name>
    <message>
        <source>Loupe</source>
        <translation>ルーペ</translation>
    </message>
    <message>
        <source>Space or Esc closes · ← → previous / next · P X U, 0–5, 6–9 mark</source>
        <translation>Space または Esc で閉じる · ← → 前へ / 次へ · P X U、0～5、6～9 でマーク</translation>
    </message>
    <message>
        <source>{caption} — the file is missing or cannot be read</source>
        <translation>{caption} — ファイルが見つからないか、読み取れません</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Generate</source>
        <translation>生成</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>ライブラリ</translation>
    </message>
    <message>
        <source>Compose</source>
        <translation>作成</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>キュー</translation>
    </message>
    <message>
        <source>History</source>
        <translation>履歴</translation>
    </message>
    <message>
        <source>Spent today (actual cost from Google&apos;s token counts)</source>
        <translation>本日の使用額 (Google のトークン数に基づく実費)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>設定(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>書き出し(&amp;E)…</translation>
    </message>
    <message>
        <source>Export what you see: the image on screen, or the Library&apos;s selection</source>
        <translation>表示中のものを書き出します: 画面上の画像、またはライブラリで選択した画像</translation>
    </message>
    <message>
        <source>Show library folder</source>
        <translation>ライブラリフォルダーを表示</translation>
    </message>
    <message>
        <source>Open library…</source>
        <translation>ライブラリを開く…</translation>
    </message>
    <message>
        <source>Look at another library folder (a copy, a shared drive, a USB stick)</source>
        <translation>別のライブラリフォルダーを表示します (コピー、共有ドライブ、USB メモリなど)</translation>
    </message>
    <message>
        <source>Back to my library</source>
        <translation>自分のライブラリに戻る</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <source>Paste reference image</source>
        <translation>参照画像を貼り付け</translation>
    </message>
    <message>
        <source>Add the image on the clipboard as a reference</source>
        <translation>クリップボードの画像を参照として追加します</translation>
    </message>
    <message>
        <source>Copy prompt</source>
        <translation>プロンプトをコピー</translation>
    </message>
    <message>
        <source>Copy the shown image&apos;s prompt</source>
        <translation>表示中の画像のプロンプトをコピーします</translation>
    </message>
    <message>
        <source>Copy image</source>
        <translation>画像をコピー</translation>
    </message>
    <message>
        <source>Copy the shown image to the clipboard, in the drag preset</source>
        <translation>表示中の画像を、ドラッグ用プリセットでクリップボードにコピーします</translation>
    </message>
    <message>
        <source>Use prompt</source>
        <translation>プロンプトを使用</translation>
    </message>
    <message>
        <source>Put only the shown image&apos;s prompt in the compose pane</source>
        <translation>表示中の画像のプロンプトだけを作成パネルに入力します</translation>
    </message>
    <message>
        <source>Find in library</source>
        <translation>ライブラリ内を検索</translation>
    </message>
    <message>
        <source>&amp;Image</source>
        <translation>画像(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>テーマ</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>システムに従う</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>ライト</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>ダーク</translation>
    </message>
    <message>
        <source>Hide side panels</source>
        <translation>サイドパネルを隠す</translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation>フルスクリーン</translation>
    </message>
    <message>
        <source>Reset layout</source>
        <translation>レイアウトをリセット</translation>
    </message>
    <message>
        <source>&amp;Queue</source>
        <translation>キュー(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Window</source>
        <translation>ウィンドウ(&amp;W)</translation>
    </message>
    <message>
        <source>Minimize</source>
        <translation>最小化</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>拡大/縮小</translation>
    </message>
    <message>
        <source>Generate (the image)</source>
        <translation>生成 (画像)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>About {app}</source>
        <translation>{app} について</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>キーボードショートカット</translation>
    </message>
    <message>
        <source>Add a connection first (File → Settings).</source>
        <translation>先に接続を追加してください (ファイル → 設定)。</translation>
    </message>
    <message>
        <source>Write a prompt first.</source>
        <translation>先にプロンプトを入力してください。</translation>
    </message>
    <message numerus="yes">
        <source>Queued %n job(s) with “{connection}” (the queue is paused).</source>
        <translation>
            <numerusform>「{connection}」で %n 件のジョブをキューに追加しました (キューは一時停止中です)。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Queued %n job(s) with “{connection}”.</source>
        <translation>
            <numerusform>「{connection}」で %n 件のジョブをキューに追加しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Prompt copied.</source>
        <translation>プロンプトをコピーしました。</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>設定を保存しました。</translation>
    </message>
    <message>
        <source>Generate, review and hand off images made with Google&apos;s Gemini image models.</source>
        <translation>Google の Gemini 画像モデルで画像を生成、レビューし、納品できます。</translation>
    </message>
    <message>
        <source>Library: {folder}</source>
        <translation>ライブラリ: {folder}</translation>
    </message>
    <message>
        <source>Today {spent} of {cap}</source>
        <translation>本日 {spent} / {cap}</translation>
    </message>
    <message>
        <source>Today {spent}</source>
        <translation>本日 {spent}</translation>
    </message>
    <message>
        <source>Spent today, including {possible} that Google may have billed for jobs interrupted while they ran.</source>
        <translation>本日の使用額。実行中に中断されたジョブについて Google が課金した可能性のある {possible} を含みます。</translation>
    </message>
</context>
<context>
    <name>MessageBridge</name>
    <message>
        <source>Something unexpected went wrong. Your images are safe; the details below help us fix it.</source>
        <translation>予期しない問題が発生しました。画像は安全です。以下の詳細情報は問題の修正に役立ちます。</translation>
    </message>
</context>
<context>
    <name>ModelText</name>
    <message>
        <source>{model} · retired {date}</source>
        <translation>{model} · {date} に提供終了</translation>
    </message>
    <message>
        <source>{model} · deprecated {date}</source>
        <translation>{model} · {date} に非推奨</translation>
    </message>
    <message>
        <source>{model} · PDF, video refs</source>
        <translation>{model} · PDF、動画の参照</translation>
    </message>
    <message>
        <source>{model}: {sizes}; takes images, PDFs and videos as references.</source>
        <translation>{model}: {sizes}。画像、PDF、動画を参照として使用できます。</translation>
    </message>
    <message>
        <source>{model}: {sizes}; takes images as references.</source>
        <translation>{model}: {sizes}。画像を参照として使用できます。</translation>
    </message>
</context>
<context>
    <name>MoneyText</name>
    <message>
        <source>not billed</source>
        <translation>課金なし</translation>
    </message>
    <message>
        <source>may have been billed</source>
        <translation>課金された可能性あり</translation>
    </message>
    <message>
        <source>{free} (demo: would be {cost} on Google)</source>
        <translation>{free} (デモ: Google では {cost})</translation>
    </message>
    <message>
        <source>Cost: {cost}</source>
        <translation>コスト: {cost}</translation>
    </message>
    <message>
        <source>Estimated cost: {cost}</source>
        <translation>推定コスト: {cost}</translation>
    </message>
    <message>
        <source>Google did not charge for this request.</source>
        <translation>Google はこのリクエストに課金しませんでした。</translation>
    </message>
    <message>
        <source>Google may have charged up to about {cost}: the request reached the model before it failed.</source>
        <translation>Google が最大約 {cost} を課金した可能性があります: リクエストは失敗する前にモデルに届いていました。</translation>
    </message>
    <message>
        <source>Demo: would be {cost} on Google.</source>
        <translation>デモ: Google では {cost} かかります。</translation>
    </message>
    <message>
        <source>Charged by Google (from its token counts).</source>
        <translation>Google による課金額 (Google のトークン数に基づく)。</translation>
    </message>
    <message>
        <source>Estimated before sending.</source>
        <translation>送信前の推定額。</translation>
    </message>
    <message>
        <source>free in the demo (would be {cost} on Google)</source>
        <translation>デモでは無料 (Google では {cost})</translation>
    </message>
    <message>
        <source>about {cost}</source>
        <translation>約 {cost}</translation>
    </message>
</context>
<context>
    <name>PausedBanner</name>
    <message>
        <source>Why the queue waits</source>
        <translation>キューが待機している理由</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>再開</translation>
    </message>
    <message>
        <source>The queue is paused.</source>
        <translation>キューは一時停止しています。</translation>
    </message>
    <message>
        <source>Jobs for “{connection}” wait for its daily quota to reset (in {wait}).</source>
        <translation>「{connection}」のジョブは、1 日の割り当て量がリセットされるまで待機します ({wait} 後)。</translation>
    </message>
    <message>
        <source>Paused: {reasons}</source>
        <translation>一時停止中: {reasons}</translation>
    </message>
</context>
<context>
    <name>PreviewPanel</name>
    <message>
        <source>Compared image</source>
        <translation>比較画像</translation>
    </message>
    <message>
        <source>Model reply</source>
        <translation>モデルの返答</translation>
    </message>
    <message>
        <source>Image facts</source>
        <translation>画像の情報</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>詳細</translation>
    </message>
    <message>
        <source>Every fact about the file: tokens, timings, seed, location</source>
        <translation>ファイルに関するすべての情報: トークン、所要時間、シード、保存場所</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>ズーム</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>プレビュー</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>全体表示</translation>
    </message>
    <message>
        <source>Fit the image in the view</source>
        <translation>画像をビューに合わせて表示します</translation>
    </message>
    <message>
        <source>Actual pixels</source>
        <translation>100% 表示</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>ズームイン</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>ズームアウト</translation>
    </message>
    <message>
        <source>Edit this image…</source>
        <translation>この画像を編集…</translation>
    </message>
    <message>
        <source>Ask for changes to this image</source>
        <translation>この画像への変更を依頼します</translation>
    </message>
    <message>
        <source>Re-render</source>
        <translation>再レンダリング</translation>
    </message>
    <message>
        <source>The same picture again at a larger size</source>
        <translation>同じ画像をより大きいサイズでもう一度生成します</translation>
    </message>
    <message>
        <source>at {size}</source>
        <translation>{size} で</translation>
    </message>
    <message>
        <source>Use these settings</source>
        <translation>この設定を使用</translation>
    </message>
    <message>
        <source>Put this image&apos;s prompt and settings in the compose pane</source>
        <translation>この画像のプロンプトと設定を作成パネルに入力します</translation>
    </message>
    <message>
        <source>Open in viewer</source>
        <translation>ビューアーで開く</translation>
    </message>
    <message>
        <source>Open in the system&apos;s image viewer</source>
        <translation>システムの画像ビューアーで開きます</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>フォルダーに表示</translation>
    </message>
    <message>
        <source>Show the file in the file manager</source>
        <translation>ファイルマネージャーでファイルを表示します</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>比較</translation>
    </message>
    <message>
        <source>Show the previous image side by side</source>
        <translation>前の画像を並べて表示します</translation>
    </message>
    <message>
        <source>Fit {percent} %</source>
        <translation>全体表示 {percent}%</translation>
    </message>
    <message>
        <source>Content Credentials</source>
        <translation>コンテンツ認証情報</translation>
    </message>
    <message>
        <source>reading…</source>
        <translation>読み取り中…</translation>
    </message>
    <message>
        <source>The file {name} is missing or cannot be read.</source>
        <translation>ファイル {name} が見つからないか、読み取れません。</translation>
    </message>
    <message>
        <source>{file} (labelled PNG by Google)</source>
        <translation>{file} (Google により PNG とラベル付け)</translation>
    </message>
    <message>
        <source>{prompt} in, {output} out, {thinking} thinking</source>
        <translation>入力 {prompt}、出力 {output}、思考 {thinking}</translation>
    </message>
    <message>
        <source>connect</source>
        <translation>接続</translation>
    </message>
    <message>
        <source>wait</source>
        <translation>待機</translation>
    </message>
    <message>
        <source>download</source>
        <translation>ダウンロード</translation>
    </message>
    <message>
        <source>decode</source>
        <translation>デコード</translation>
    </message>
    <message>
        <source>save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>total</source>
        <translation>合計</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>プロンプト</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>モデル</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>接続</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <source>Pixels</source>
        <translation>ピクセル</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>シード</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>トークン</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>コスト</translation>
    </message>
    <message>
        <source>Timing</source>
        <translation>所要時間</translation>
    </message>
    <message>
        <source>Answered by</source>
        <translation>応答元</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>保存場所</translation>
    </message>
    <message>
        <source>{label}:</source>
        <translation>{label}:</translation>
    </message>
    <message>
        <source>at {size} — {price}</source>
        <translation>{size} で — {price}</translation>
    </message>
    <message>
        <source>This image is already at the largest size (4K)</source>
        <translation>この画像はすでに最大サイズ (4K) です</translation>
    </message>
    <message>
        <source>The same picture again at a larger size; the price is shown before anything is sent</source>
        <translation>同じ画像をより大きいサイズでもう一度生成します。送信前に料金が表示されます</translation>
    </message>
</context>
<context>
    <name>ProvenanceText</name>
    <message>
        <source>made by a generative AI model</source>
        <translation>生成 AI モデルで作成</translation>
    </message>
    <message>
        <source>a composite including AI-generated parts</source>
        <translation>AI 生成部分を含む合成画像</translation>
    </message>
    <message>
        <source>made by an algorithm</source>
        <translation>アルゴリズムで作成</translation>
    </message>
    <message>
        <source>a camera capture</source>
        <translation>カメラで撮影</translation>
    </message>
    <message>
        <source>made with digital tools</source>
        <translation>デジタルツールで作成</translation>
    </message>
    <message>
        <source>created</source>
        <translation>作成</translation>
    </message>
    <message>
        <source>opened</source>
        <translation>開く</translation>
    </message>
    <message>
        <source>resized</source>
        <translation>サイズ変更</translation>
    </message>
    <message>
        <source>colours adjusted</source>
        <translation>色調整</translation>
    </message>
    <message>
        <source>re-encoded</source>
        <translation>再エンコード</translation>
    </message>
    <message>
        <source>converted to another format</source>
        <translation>別の形式に変換</translation>
    </message>
    <message>
        <source>metadata edited</source>
        <translation>メタデータ編集</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>編集</translation>
    </message>
    <message>
        <source>placed</source>
        <translation>配置</translation>
    </message>
    <message>
        <source>cropped</source>
        <translation>切り抜き</translation>
    </message>
    <message>
        <source>No Content Credentials.</source>
        <translation>コンテンツ認証情報はありません。</translation>
    </message>
    <message>
        <source>Damaged Content Credentials: the manifest in this file cannot be read.</source>
        <translation>破損したコンテンツ認証情報: このファイルのマニフェストを読み取れません。</translation>
    </message>
    <message>
        <source>an unknown signer</source>
        <translation>不明な署名者</translation>
    </message>
    <message>
        <source>Signed by {signer}; the certificate is on this computer&apos;s trust list.</source>
        <translation>{signer} による署名。証明書はこのコンピューターの信頼リストにあります。</translation>
    </message>
    <message>
        <source>Signed by {signer}, but the picture was changed after signing: the signature no longer matches the pixels.</source>
        <translation>{signer} による署名ですが、署名後に画像が変更されています: 署名がピクセルと一致しません。</translation>
    </message>
    <message>
        <source>Signed by {signer}, but the signing certificate had expired.</source>
        <translation>{signer} による署名ですが、署名証明書の有効期限が切れていました。</translation>
    </message>
    <message>
        <source>Signed by {signer}, but the signature is not valid ({problems}).</source>
        <translation>{signer} による署名ですが、署名が無効です ({problems})。</translation>
    </message>
    <message>
        <source>Signed by {signer}; the certificate is not on this computer&apos;s trust list.</source>
        <translation>{signer} による署名。証明書はこのコンピューターの信頼リストにありません。</translation>
    </message>
    <message>
        <source>{title} (signed by {signer})</source>
        <translation>{title} ({signer} による署名)</translation>
    </message>
    <message>
        <source>an earlier version</source>
        <translation>以前のバージョン</translation>
    </message>
    <message>
        <source>Content Credentials</source>
        <translation>コンテンツ認証情報</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>damaged Content Credentials (cannot be read)</source>
        <translation>破損したコンテンツ認証情報 (読み取れません)</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>署名日時</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>アクション</translation>
    </message>
    <message>
        <source>Source type</source>
        <translation>ソースの種類</translation>
    </message>
    <message>
        <source>Made with</source>
        <translation>作成ツール</translation>
    </message>
    <message>
        <source>Made from</source>
        <translation>作成元</translation>
    </message>
    <message>
        <source>Stripping provenance removes Google&apos;s Content Credentials (the signed C2PA manifest that says the image was made by AI), no new credentials are added, and the AI source type and credit lines are left out of the XMP. The Original preset still copies the file byte for byte.</source>
        <translation>来歴情報を削除すると、Google のコンテンツ認証情報 (画像が AI で作成されたことを示す署名付き C2PA マニフェスト) が削除され、新しい認証情報も追加されず、AI ソースの種類とクレジット行も XMP に含まれなくなります。「オリジナル」プリセットでは、引き続きファイルがバイト単位でそのままコピーされます。</translation>
    </message>
    <message>
        <source>No signing certificate was chosen.</source>
        <translation>署名証明書が選択されていません。</translation>
    </message>
    <message>
        <source>The time-stamp server {url} could not be reached or refused the request.</source>
        <translation>タイムスタンプサーバー {url} に接続できなかったか、リクエストが拒否されました。</translation>
    </message>
    <message>
        <source>The certificate “{signer}” was refused for signing Content Credentials.</source>
        <translation>証明書「{signer}」はコンテンツ認証情報の署名に使用できませんでした。</translation>
    </message>
    <message>
        <source>Content Credentials could not be added to the export.</source>
        <translation>書き出しにコンテンツ認証情報を追加できませんでした。</translation>
    </message>
    <message>
        <source>Exports are signed with this computer&apos;s own certificate; Content Credentials viewers will call the signer “unknown”, because no public trust list knows it. Use your own certificate in Settings to be named.</source>
        <translation>書き出しはこのコンピューター独自の証明書で署名されます。公開された信頼リストに含まれないため、コンテンツ認証情報ビューアーでは署名者が「不明」と表示されます。名前を表示するには、設定で自分の証明書を使用してください。</translation>
    </message>
    <message>
        <source>The signing certificate file {name} cannot be read.</source>
        <translation>署名証明書ファイル {name} を読み取れません。</translation>
    </message>
    <message>
        <source>{name} holds no certificate; it needs the certificate chain and the private key.</source>
        <translation>{name} に証明書が含まれていません。証明書チェーンと秘密鍵が必要です。</translation>
    </message>
    <message>
        <source>{name} holds no private key; put the key in the same file as the certificate chain.</source>
        <translation>{name} に秘密鍵が含まれていません。証明書チェーンと同じファイルに鍵を入れてください。</translation>
    </message>
    <message>
        <source>The private key in {name} is protected by a password; enter it in Settings.</source>
        <translation>{name} の秘密鍵はパスワードで保護されています。設定でパスワードを入力してください。</translation>
    </message>
    <message>
        <source>{name} must hold both a certificate and its private key.</source>
        <translation>{name} には証明書とその秘密鍵の両方が必要です。</translation>
    </message>
    <message>
        <source>{name} is protected by a password; enter it in Settings.</source>
        <translation>{name} はパスワードで保護されています。設定でパスワードを入力してください。</translation>
    </message>
    <message>
        <source>The password for {name} is wrong.</source>
        <translation>{name} のパスワードが正しくありません。</translation>
    </message>
    <message>
        <source>{name} is not a certificate file (PEM or PKCS#12) this app can read.</source>
        <translation>{name} は、このアプリで読み取れる証明書ファイル (PEM または PKCS#12) ではありません。</translation>
    </message>
    <message>
        <source>The certificate “{who}” in {name} expired on {date}.</source>
        <translation>{name} の証明書「{who}」は {date} に有効期限が切れました。</translation>
    </message>
    <message>
        <source>The certificate “{who}” in {name} is not valid before {date}.</source>
        <translation>{name} の証明書「{who}」は {date} より前は有効ではありません。</translation>
    </message>
    <message>
        <source>The key in {name} is of a kind Content Credentials cannot sign with (use EC, RSA or Ed25519).</source>
        <translation>{name} の鍵は、コンテンツ認証情報の署名に使用できない種類です (EC、RSA、Ed25519 のいずれかを使用してください)。</translation>
    </message>
    <message>
        <source>The private key in {name} does not belong to the certificate “{who}”.</source>
        <translation>{name} の秘密鍵は証明書「{who}」に対応していません。</translation>
    </message>
    <message>
        <source>The certificate “{who}” in {name} is not a signing certificate: it is not allowed to sign documents (Content Credentials need one issued for document or e-mail signing).</source>
        <translation>{name} の証明書「{who}」は署名用の証明書ではありません: 文書への署名が許可されていません (コンテンツ認証情報には、文書または電子メールの署名用に発行された証明書が必要です)。</translation>
    </message>
    <message>
        <source>The certificate “{who}” in {name} is self-signed; Content Credentials need one issued by a certificate authority (include its chain in the file).</source>
        <translation>{name} の証明書「{who}」は自己署名証明書です。コンテンツ認証情報には認証局が発行した証明書が必要です (そのチェーンもファイルに含めてください)。</translation>
    </message>
</context>
<context>
    <name>QueueModel</name>
    <message>
        <source>Prompt</source>
        <translation>プロンプト</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>接続</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>コスト</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>待機中</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>実行中</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>保存中</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation>キャンセル済み</translation>
    </message>
    <message>
        <source>Interrupted — may have been billed</source>
        <translation>中断 — 課金された可能性があります</translation>
    </message>
    <message>
        <source>Re-render at {size}</source>
        <translation>{size} で再レンダリング</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>開始中…</translation>
    </message>
    <message>
        <source>Waiting for the daily quota to reset (in {wait})</source>
        <translation>1 日の割り当て量のリセットを待機中 ({wait} 後)</translation>
    </message>
    <message>
        <source>Queued (queue paused)</source>
        <translation>待機中 (キューは一時停止中)</translation>
    </message>
</context>
<context>
    <name>QueuePanel</name>
    <message>
        <source>Queue</source>
        <translation>キュー</translation>
    </message>
    <message>
        <source>Queue actions</source>
        <translation>キューの操作</translation>
    </message>
    <message>
        <source>Pause all</source>
        <translation>すべて一時停止</translation>
    </message>
    <message>
        <source>Pause the queue (running jobs finish)</source>
        <translation>キューを一時停止します (実行中のジョブは完了します)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Cancel the selected jobs</source>
        <translation>選択したジョブをキャンセルします</translation>
    </message>
    <message>
        <source>Run again</source>
        <translation>再実行</translation>
    </message>
    <message>
        <source>Run failed, canceled or interrupted jobs again</source>
        <translation>失敗、キャンセル済み、または中断したジョブを再実行します</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>上へ移動</translation>
    </message>
    <message>
        <source>Move the selected queued job up</source>
        <translation>選択した待機中のジョブを上へ移動します</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>下へ移動</translation>
    </message>
    <message>
        <source>Move the selected queued job down</source>
        <translation>選択した待機中のジョブを下へ移動します</translation>
    </message>
    <message>
        <source>Clear finished</source>
        <translation>完了分をクリア</translation>
    </message>
    <message>
        <source>Remove finished jobs (images stay)</source>
        <translation>完了したジョブを削除します (画像は残ります)</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>発生した問題</translation>
    </message>
    <message>
        <source>Google&apos;s message…</source>
        <translation>Google のメッセージ…</translation>
    </message>
    <message>
        <source>Show the service&apos;s own words for this failure</source>
        <translation>このエラーについてサービスが返した原文を表示します</translation>
    </message>
    <message>
        <source>checking the library…</source>
        <translation>ライブラリを確認中…</translation>
    </message>
    <message>
        <source>{message}  Google&apos;s reason: {reason}</source>
        <translation>{message}  Google が示した理由: {reason}</translation>
    </message>
    <message>
        <source>Google&apos;s message</source>
        <translation>Google のメッセージ</translation>
    </message>
    <message>
        <source>Resume all</source>
        <translation>すべて再開</translation>
    </message>
    <message>
        <source>Resume the queue</source>
        <translation>キューを再開します</translation>
    </message>
    <message>
        <source>Show image</source>
        <translation>画像を表示</translation>
    </message>
    <message>
        <source>Copy error message</source>
        <translation>エラーメッセージをコピー</translation>
    </message>
    <message>
        <source>Remove from the queue</source>
        <translation>キューから削除</translation>
    </message>
    <message>
        <source>Google&apos;s message: {message}</source>
        <translation>Google のメッセージ: {message}</translation>
    </message>
    <message>
        <source>Error message copied.</source>
        <translation>エラーメッセージをコピーしました。</translation>
    </message>
    <message numerus="yes">
        <source>Removed %n job(s) from the queue; their images stay in the library.</source>
        <translation>
            <numerusform>%n 件のジョブをキューから削除しました。画像はライブラリに残ります。</numerusform>
        </translation>
    </message>
    <message>
        <source>Queue resumed.</source>
        <translation>キューを再開しました。</translation>
    </message>
    <message>
        <source>Queue paused; running jobs finish, nothing new starts.</source>
        <translation>キューを一時停止しました。実行中のジョブは完了しますが、新しいジョブは開始されません。</translation>
    </message>
    <message numerus="yes">
        <source>Cleared %n finished job(s); their images stay in the library.</source>
        <translation>
            <numerusform>完了した %n 件のジョブをクリアしました。画像はライブラリに残ります。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecallDrops</name>
    <message>
        <source>Settings recalled from the dropped image.</source>
        <translation>ドロップした画像から設定を呼び出しました。</translation>
    </message>
    <message>
        <source>Not made by this app, so it was added as a reference image.</source>
        <translation>このアプリで作成された画像ではないため、参照画像として追加しました。</translation>
    </message>
</context>
<context>
    <name>RecoveryText</name>
    <message>
        <source>The library database was empty (0 bytes).</source>
        <translation>ライブラリのデータベースが空でした (0 バイト)。</translation>
    </message>
    <message>
        <source>The library database could not be read.</source>
        <translation>ライブラリのデータベースを読み取れませんでした。</translation>
    </message>
    <message numerus="yes">
        <source>{problem} It was moved aside to {name} and restored from the backup of {when}; jobs, ratings, boards and spend history are as they were then, and %n images made since were added from their files.</source>
        <translation>
            <numerusform>{problem} このデータベースは {name} として退避し、{when} のバックアップから復元しました。ジョブ、レーティング、ボード、支出履歴はその時点の状態に戻り、それ以降に作成された %n 枚の画像はファイルから追加されました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{problem} It was moved aside to {name} and the library was rebuilt from the image files (%n images found); there was no backup, so ratings, boards and spend history could not be recovered.</source>
        <translation>
            <numerusform>{problem} このデータベースは {name} として退避し、ライブラリを画像ファイルから再構築しました (%n 枚の画像が見つかりました)。バックアップがなかったため、レーティング、ボード、支出履歴は復元できませんでした。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The library database could not be read, so the library is shown from its image files (%n images found); ratings and boards are not available.</source>
        <translation>
            <numerusform>ライブラリのデータベースを読み取れなかったため、画像ファイルからライブラリを表示しています (%n 枚の画像が見つかりました)。レーティングとボードは使用できません。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) were interrupted when the app stopped and may have been billed. They are marked in the queue; run them again if you still want them.</source>
        <translation>
            <numerusform>アプリの停止時に %n 件のジョブが中断しました。課金された可能性があります。これらのジョブはキューに印が付いています。必要な場合は再実行してください。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) that had finished while the app stopped were saved.</source>
        <translation>
            <numerusform>アプリの停止中に完了していた %n 件のジョブを保存しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>“{name}” is not an nbp-desktop library: it has neither {database} nor a “{folder}” folder.</source>
        <translation>「{name}」は nbp-desktop のライブラリではありません: {database} も「{folder}」フォルダーもありません。</translation>
    </message>
</context>
<context>
    <name>ReferenceStrip</name>
    <message>
        <source>Reference images</source>
        <translation>参照画像</translation>
    </message>
    <message>
        <source>Reference images: drop files here, paste with {keys}, drag to reorder, Delete removes</source>
        <translation>参照画像: ここにファイルをドロップ、{keys} で貼り付け、ドラッグで並べ替え、Delete で削除</translation>
    </message>
    <message>
        <source>Drop reference images here
or paste with {keys}</source>
        <translation>ここに参照画像をドロップ
または {keys} で貼り付け</translation>
    </message>
    <message numerus="yes">
        <source>This model takes at most %n reference images.</source>
        <translation>
            <numerusform>このモデルが受け付ける参照画像は最大 %n 枚です。</numerusform>
        </translation>
    </message>
    <message>
        <source>The clipboard holds no image.</source>
        <translation>クリップボードに画像がありません。</translation>
    </message>
</context>
<context>
    <name>ServiceAccountDrop</name>
    <message>
        <source>Drop the service-account JSON file here</source>
        <translation>サービスアカウントの JSON ファイルをここにドロップ</translation>
    </message>
    <message>
        <source>Service-account file drop area</source>
        <translation>サービスアカウントファイルのドロップ領域</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>接続</translation>
    </message>
    <message>
        <source>Defaults</source>
        <translation>デフォルト</translation>
    </message>
    <message>
        <source>Queue &amp;&amp; budget</source>
        <translation>キューと予算</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>ネットワーク</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>ライブラリ</translation>
    </message>
    <message>
        <source>Content Credentials</source>
        <translation>コンテンツ認証情報</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>外観</translation>
    </message>
    <message>
        <source>&lt;b&gt;No system keychain is available.&lt;/b&gt; Secrets cannot be stored safely, so connections cannot be added. On Linux, install and unlock GNOME Keyring or KWallet (Secret Service).</source>
        <translation>&lt;b&gt;システムのキーチェーンを利用できません。&lt;/b&gt;シークレットを安全に保存できないため、接続を追加できません。Linux では、GNOME Keyring または KWallet (Secret Service) をインストールしてロックを解除してください。</translation>
    </message>
    <message>
        <source>Keys are stored in the system keychain ({backend}), never in a settings file.</source>
        <translation>キーは設定ファイルではなく、システムのキーチェーン ({backend}) に保存されます。</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>追加…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>編集…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>テスト</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>モデル</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <source>Aspect ratio</source>
        <translation>アスペクト比</translation>
    </message>
    <message>
        <source>Jobs sent at the same time through one connection</source>
        <translation>1 つの接続で同時に送信するジョブ数</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>制限なし</translation>
    </message>
    <message>
        <source>Requests per minute per connection, kept on our side so Google&apos;s rate limits are not hit</source>
        <translation>接続ごとの 1 分あたりのリクエスト数。Google のレート制限に達しないよう、アプリ側で制御します</translation>
    </message>
    <message>
        <source>no cap</source>
        <translation>上限なし</translation>
    </message>
    <message>
        <source>per day</source>
        <translation>1 日あたり</translation>
    </message>
    <message>
        <source>per month</source>
        <translation>1 か月あたり</translation>
    </message>
    <message>
        <source>Jobs at once per connection</source>
        <translation>接続ごとの同時実行ジョブ数</translation>
    </message>
    <message>
        <source>Requests per minute</source>
        <translation>1 分あたりのリクエスト数</translation>
    </message>
    <message>
        <source>A connection can have limits of its own (Connections → Edit). Changes apply at once.</source>
        <translation>接続ごとに独自の制限を設定できます (接続 → 編集)。変更はすぐに適用されます。</translation>
    </message>
    <message>
        <source>Budget cap</source>
        <translation>予算上限</translation>
    </message>
    <message>
        <source>When the cap is reached the queue pauses; nothing is lost.</source>
        <translation>上限に達するとキューが一時停止します。何も失われません。</translation>
    </message>
    <message>
        <source> s</source>
        <comment>seconds</comment>
        <translation> 秒</translation>
    </message>
    <message>
        <source>Timeout for {size}</source>
        <translation>{size} のタイムアウト</translation>
    </message>
    <message>
        <source>Tries per job when Google is overloaded or the network drops</source>
        <translation>Google が過負荷のときやネットワークが切断されたときのジョブごとの試行回数</translation>
    </message>
    <message>
        <source>from the system (HTTPS_PROXY)</source>
        <translation>システムの設定 (HTTPS_PROXY)</translation>
    </message>
    <message>
        <source>none (system certificates)</source>
        <translation>なし (システムの証明書)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>選択…</translation>
    </message>
    <message>
        <source>Use HTTP/2 where the server offers it</source>
        <translation>サーバーが対応している場合は HTTP/2 を使用</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>試行回数</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>プロキシ</translation>
    </message>
    <message>
        <source>Extra CA certificate</source>
        <translation>追加の CA 証明書</translation>
    </message>
    <message>
        <source>Proxy, certificate and HTTP/2 changes apply after a restart.</source>
        <translation>プロキシ、証明書、HTTP/2 の変更は再起動後に適用されます。</translation>
    </message>
    <message>
        <source>CA certificate</source>
        <translation>CA 証明書</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer)</source>
        <translation>証明書 (*.pem *.crt *.cer)</translation>
    </message>
    <message>
        <source>Show in file manager</source>
        <translation>ファイルマネージャーで表示</translation>
    </message>
    <message>
        <source>Library folder</source>
        <translation>ライブラリフォルダー</translation>
    </message>
    <message>
        <source>To use another library folder, start the app with --data-dir FOLDER (or set NBP_DATA_DIR).</source>
        <translation>別のライブラリフォルダーを使うには、--data-dir FOLDER を付けてアプリを起動してください (または NBP_DATA_DIR を設定してください)。</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>システムに従う</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>ライト</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>ダーク</translation>
    </message>
    <message>
        <source>Log event-loop stalls (for troubleshooting)</source>
        <translation>イベントループの停止をログに記録 (トラブルシューティング用)</translation>
    </message>
    <message>
        <source>(default)</source>
        <translation>(デフォルト)</translation>
    </message>
    <message>
        <source>{jobs} at once, {requests}/min</source>
        <translation>同時 {jobs} 件、{requests} 件/分</translation>
    </message>
    <message>
        <source>{jobs} at once</source>
        <translation>同時 {jobs} 件</translation>
    </message>
    <message>
        <source>Remove connection</source>
        <translation>接続を削除</translation>
    </message>
    <message>
        <source>Remove “{name}” and delete its key from the keychain?</source>
        <translation>「{name}」を削除し、そのキーをキーチェーンから削除しますか?</translation>
    </message>
    <message>
        <source>Testing “{name}”…</source>
        <translation>「{name}」をテスト中…</translation>
    </message>
</context>
<context>
    <name>SettingsText</name>
    <message>
        <source>the queue&apos;s setting</source>
        <translation>キューの設定</translation>
    </message>
    <message>
        <source>that connection is left out</source>
        <translation>その接続は除外されます</translation>
    </message>
    <message>
        <source>a list of export presets</source>
        <translation>書き出しプリセットのリスト</translation>
    </message>
    <message>
        <source>the built-in presets</source>
        <translation>組み込みのプリセット</translation>
    </message>
    <message>
        <source>a new one (keys stored under the old one must be entered again)</source>
        <translation>新しい ID (古い ID で保存されたキーは再入力が必要です)</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>まだありません</translation>
    </message>
    <message>
        <source>There is no connection named “{name}” (connections: {known}).</source>
        <translation>「{name}」という名前の接続はありません (接続: {known})。</translation>
    </message>
    <message>
        <source>Settings: &quot;connections&quot; must be a list of connections; using none.</source>
        <translation>設定: &quot;connections&quot; は接続のリストである必要があります。接続なしで続行します。</translation>
    </message>
    <message>
        <source>that preset is left out</source>
        <translation>そのプリセットは除外されます</translation>
    </message>
    <message>
        <source>The settings file {path} cannot be read ({reason}).</source>
        <translation>設定ファイル {path} を読み取れません ({reason})。</translation>
    </message>
    <message>
        <source>Settings: the file is not text (UTF-8); using the default settings.</source>
        <translation>設定: ファイルがテキスト (UTF-8) ではありません。デフォルト設定を使用します。</translation>
    </message>
    <message>
        <source>Settings: the file is not valid JSON (line {line}, column {column}); using the default settings.</source>
        <translation>設定: ファイルが有効な JSON ではありません ({line} 行目、{column} 列目)。デフォルト設定を使用します。</translation>
    </message>
    <message>
        <source>Settings: the file must hold one JSON object; using the default settings.</source>
        <translation>設定: ファイルには JSON オブジェクトを 1 つだけ含める必要があります。デフォルト設定を使用します。</translation>
    </message>
    <message>
        <source>Settings: the file could not be corrected ({reason}); it is left as it is.</source>
        <translation>設定: ファイルを修正できませんでした ({reason})。そのままにしてあります。</translation>
    </message>
    <message>
        <source>Settings: the original file is kept as {name}.</source>
        <translation>設定: 元のファイルは {name} として保存してあります。</translation>
    </message>
    <message>
        <source>These settings were written by a newer version of nbp-desktop; update the app before changing them.</source>
        <translation>この設定は新しいバージョンの nbp-desktop で書き込まれました。変更する前にアプリを更新してください。</translation>
    </message>
    <message>
        <source>a whole number from {low} to {high}</source>
        <translation>{low}～{high} の整数</translation>
    </message>
    <message>
        <source>a number from {low} to {high}</source>
        <translation>{low}～{high} の数値</translation>
    </message>
    <message>
        <source>one of {choices}</source>
        <translation>{choices} のいずれか</translation>
    </message>
    <message>
        <source>text</source>
        <translation>テキスト</translation>
    </message>
    <message>
        <source>a name (text that is not empty)</source>
        <translation>名前 (空でないテキスト)</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true または false</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>整数</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>数値</translation>
    </message>
    <message>
        <source>a list of texts</source>
        <translation>テキストのリスト</translation>
    </message>
    <message>
        <source>a value</source>
        <translation>値</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Settings: &quot;{path}&quot; must be {rule}; using {fallback}.</source>
        <translation>設定: &quot;{path}&quot; は{rule}である必要があります。使用する値: {fallback}。</translation>
    </message>
    <message>
        <source>it is left out</source>
        <translation>この項目は除外されます</translation>
    </message>
    <message>
        <source>Settings: &quot;{path}&quot; must be a group of settings; {left_out}.</source>
        <translation>設定: &quot;{path}&quot; は設定のグループである必要があります。{left_out}。</translation>
    </message>
    <message>
        <source>Settings: &quot;{path}&quot; must be a group of settings; using its defaults.</source>
        <translation>設定: &quot;{path}&quot; は設定のグループである必要があります。デフォルト値を使用します。</translation>
    </message>
    <message>
        <source>Settings: &quot;{path}&quot; must be {rule}; {left_out}.</source>
        <translation>設定: &quot;{path}&quot; は{rule}である必要があります。{left_out}。</translation>
    </message>
    <message>
        <source>Settings: &quot;{path}&quot; has no &quot;{field}&quot;; {left_out}.</source>
        <translation>設定: &quot;{path}&quot; に &quot;{field}&quot; がありません。{left_out}。</translation>
    </message>
</context>
<context>
    <name>SheetImportDialog</name>
    <message>
        <source>Import prompt sheet</source>
        <translation>プロンプトシートを読み込み</translation>
    </message>
    <message>
        <source>No sheet chosen.</source>
        <translation>シートが選択されていません。</translation>
    </message>
    <message>
        <source>Choose sheet…</source>
        <translation>シートを選択…</translation>
    </message>
    <message>
        <source>Paste table</source>
        <translation>表を貼り付け</translation>
    </message>
    <message>
        <source>Use rows copied from a spreadsheet (the first row is the header)</source>
        <translation>スプレッドシートからコピーした行を使用します (1 行目は見出し)</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>接続</translation>
    </message>
    <message>
        <source>Batch at half price (Google runs it within 24 h)</source>
        <translation>半額のバッチ (Google が 24 時間以内に実行)</translation>
    </message>
    <message>
        <source>Interactive (the queue, full price)</source>
        <translation>インタラクティブ (キュー、通常料金)</translation>
    </message>
    <message>
        <source>Run as</source>
        <translation>実行方法</translation>
    </message>
    <message>
        <source>Cloud Storage bucket</source>
        <translation>Cloud Storage バケット</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>プロンプト</translation>
    </message>
    <message>
        <source>Ratio</source>
        <translation>比率</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>枚数</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>シード</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>タグ</translation>
    </message>
    <message>
        <source>Leave out the rows with problems and send the rest</source>
        <translation>問題のある行を除外して残りを送信</translation>
    </message>
    <message>
        <source>Submit</source>
        <translation>送信</translation>
    </message>
    <message>
        <source>Choose a prompt sheet</source>
        <translation>プロンプトシートを選択</translation>
    </message>
    <message>
        <source>Prompt sheets (*.csv *.tsv *.txt);;All files (*)</source>
        <translation>プロンプトシート (*.csv *.tsv *.txt);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation>{name} を読み取り中…</translation>
    </message>
    <message>
        <source>Pasted sheet</source>
        <translation>貼り付けたシート</translation>
    </message>
    <message>
        <source>This sheet cannot be imported:</source>
        <translation>このシートは読み込めません:</translation>
    </message>
    <message>
        <source>model default</source>
        <translation>モデルのデフォルト</translation>
    </message>
    <message numerus="yes">
        <source>Showing the first {shown} of {total} rows. %n row(s) with problems:</source>
        <translation>
            <numerusform>全 {total} 行のうち最初の {shown} 行を表示しています。問題のある行: %n 行</numerusform>
        </translation>
    </message>
    <message>
        <source>Showing the first {shown} of {total} rows. Every row is valid.</source>
        <translation>全 {total} 行のうち最初の {shown} 行を表示しています。すべての行が有効です。</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) with problems:</source>
        <translation>
            <numerusform>問題のある行: %n 行</numerusform>
        </translation>
    </message>
    <message>
        <source>Every row is valid.</source>
        <translation>すべての行が有効です。</translation>
    </message>
    <message>
        <source>{kind} has no batch mode; this sheet can only run through the queue at the interactive price.</source>
        <translation>{kind} にはバッチモードがありません。このシートはインタラクティブ料金でキューからのみ実行できます。</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s): {batch} at batch price · {interactive} interactive</source>
        <translation>
            <numerusform>%n 枚の画像: {batch} はバッチ料金 · {interactive} はインタラクティブ</numerusform>
        </translation>
    </message>
    <message>
        <source>Name the Cloud Storage bucket Vertex reads the requests from and writes the results to; the service account needs Storage Object Admin on it.</source>
        <translation>Vertex がリクエストを読み取り、結果を書き込む Cloud Storage バケットの名前を指定してください。サービスアカウントには、そのバケットに対する Storage Object Admin 権限が必要です。</translation>
    </message>
</context>
<context>
    <name>ShortcutText</name>
    <message>
        <source>Anywhere</source>
        <translation>どこでも</translation>
    </message>
    <message>
        <source>Compose pane</source>
        <translation>作成パネル</translation>
    </message>
    <message>
        <source>“Edit this image” box</source>
        <translation>「この画像を編集」ボックス</translation>
    </message>
    <message>
        <source>The image (Generate tab)</source>
        <translation>画像 (生成タブ)</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>キュー</translation>
    </message>
    <message>
        <source>Library grid</source>
        <translation>ライブラリのグリッド</translation>
    </message>
    <message>
        <source>The image or the Library grid</source>
        <translation>画像またはライブラリのグリッド</translation>
    </message>
    <message>
        <source>{first} or {second}</source>
        <translation>{first} または {second}</translation>
    </message>
    <message>
        <source>Queue the generation</source>
        <translation>生成をキューに追加</translation>
    </message>
    <message>
        <source>Queue the edit</source>
        <translation>編集をキューに追加</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>Export what you see: the image on screen, or the Library&apos;s selection</source>
        <translation>表示中のものを書き出します: 画面上の画像、またはライブラリで選択した画像</translation>
    </message>
    <message>
        <source>Open another library</source>
        <translation>別のライブラリを開く</translation>
    </message>
    <message>
        <source>Import a prompt sheet (batch or queue)</source>
        <translation>プロンプトシートを読み込み (バッチまたはキュー)</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>終了</translation>
    </message>
    <message>
        <source>Undo the last change to the library</source>
        <translation>ライブラリへの最後の変更を取り消し</translation>
    </message>
    <message>
        <source>Redo what was undone</source>
        <translation>取り消した操作をやり直し</translation>
    </message>
    <message>
        <source>Paste a reference image</source>
        <translation>参照画像を貼り付け</translation>
    </message>
    <message>
        <source>Copy the shown image&apos;s prompt</source>
        <translation>表示中の画像のプロンプトをコピー</translation>
    </message>
    <message>
        <source>Copy the shown image (in the drag preset)</source>
        <translation>表示中の画像をコピー (ドラッグ用プリセット)</translation>
    </message>
    <message>
        <source>Search the library</source>
        <translation>ライブラリを検索</translation>
    </message>
    <message>
        <source>Fit the image in the view</source>
        <translation>画像をビューに合わせて表示</translation>
    </message>
    <message>
        <source>Actual pixels (100%)</source>
        <translation>100% 表示</translation>
    </message>
    <message>
        <source>Zoom in (or the wheel)</source>
        <translation>ズームイン (またはホイール)</translation>
    </message>
    <message>
        <source>Zoom out (or the wheel)</source>
        <translation>ズームアウト (またはホイール)</translation>
    </message>
    <message>
        <source>Go to the prompt</source>
        <translation>プロンプトへ移動</translation>
    </message>
    <message>
        <source>Go to the image (Generate tab)</source>
        <translation>画像へ移動 (生成タブ)</translation>
    </message>
    <message>
        <source>Go to the Library</source>
        <translation>ライブラリへ移動</translation>
    </message>
    <message>
        <source>Go to the queue</source>
        <translation>キューへ移動</translation>
    </message>
    <message>
        <source>Minimize the window</source>
        <translation>ウィンドウを最小化</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>キーボードショートカット</translation>
    </message>
    <message>
        <source>Edit this image…</source>
        <translation>この画像を編集…</translation>
    </message>
    <message>
        <source>Compare with the previous image</source>
        <translation>前の画像と比較</translation>
    </message>
    <message>
        <source>Cancel the selected jobs</source>
        <translation>選択したジョブをキャンセル</translation>
    </message>
    <message>
        <source>Run the selected jobs again</source>
        <translation>選択したジョブを再実行</translation>
    </message>
    <message>
        <source>Move the selected job up</source>
        <translation>選択したジョブを上へ移動</translation>
    </message>
    <message>
        <source>Move the selected job down</source>
        <translation>選択したジョブを下へ移動</translation>
    </message>
    <message>
        <source>Hide the side panels, and show them again</source>
        <translation>サイドパネルを隠す／再表示</translation>
    </message>
    <message>
        <source>Full screen, and back</source>
        <translation>フルスクリーンの切り替え</translation>
    </message>
    <message>
        <source>Pick</source>
        <translation>採用フラグを設定</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>除外フラグを設定</translation>
    </message>
    <message>
        <source>Unflag</source>
        <translation>フラグを解除</translation>
    </message>
    <message>
        <source>1 to 5 stars</source>
        <translation>星 1～5 個</translation>
    </message>
    <message>
        <source>No stars</source>
        <translation>星なし</translation>
    </message>
    <message>
        <source>Red, yellow, green, blue label</source>
        <translation>レッド、イエロー、グリーン、ブルーのラベル</translation>
    </message>
    <message>
        <source>Loupe at 100%</source>
        <translation>100% でルーペ表示</translation>
    </message>
    <message>
        <source>Compare the two selected images</source>
        <translation>選択した 2 枚の画像を比較</translation>
    </message>
    <message>
        <source>Add the selection to the last board</source>
        <translation>選択した画像を最後のボードに追加</translation>
    </message>
    <message>
        <source>Move the selection to the trash</source>
        <translation>選択した画像をゴミ箱に移動</translation>
    </message>
    <message>
        <source>Open large in the Generate tab</source>
        <translation>生成タブで大きく開く</translation>
    </message>
    <message>
        <source>{tip} ({keys})</source>
        <translation>{tip} ({keys})</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>キーボードショートカット</translation>
    </message>
</context>
<context>
    <name>SourceStrip</name>
    <message>
        <source>Images to export</source>
        <translation>書き出す画像</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>ほか %n 枚</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StartupText</name>
    <message>
        <source>The library folder cannot be opened: {reason}</source>
        <translation>ライブラリフォルダーを開けません: {reason}</translation>
    </message>
    <message>
        <source>The library could not be checked: {reason}</source>
        <translation>ライブラリを確認できませんでした: {reason}</translation>
    </message>
    <message>
        <source>Demo: images are made locally by the built-in emulator and cost {cost}.</source>
        <translation>デモ: 画像は組み込みのエミュレーターでローカルに生成され、費用は {cost} です。</translation>
    </message>
</context>
</TS>
